"""ParallaxApp: wires the screens, bindings and commands; shows a Comparison, computes nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from textual.app import App
from textual.binding import Binding

from tui.core.discover import Problem
from tui.core.model import Article, Comparison, Corrections
from tui.resources import styles
from tui.screens.comparison import ComparisonScreen

Loader = Callable[[], tuple[list[Article], list[Problem]]]
EXIT_NOTHING_READ = 2


class ParallaxApp(App):
    CSS_PATH = str(styles() / "parallax.tcss")
    TITLE = "Parallax"
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(self, load: Loader, corpus: str) -> None:
        """`load` reads the articles; it runs in a worker, so the first frame never waits for it."""
        super().__init__()
        self.load = load
        self.corpus = corpus
        self.unreadable: list[Problem] = []
        self.corrections = Corrections()

    def on_mount(self) -> None:
        self.push_screen(ComparisonScreen(self.corpus))
        # The worker starts once the first frame is on screen: a thread would compete with it.
        self.call_after_refresh(self.run_worker, self._read_and_analyse, thread=True, exclusive=True, group="analysis")

    def _read_and_analyse(self) -> None:
        articles, problems = self.load()
        self.call_from_thread(self._read, articles, problems)
        if not articles:
            return
        from tui.core.compare import compare

        started = time.perf_counter()
        comparison = compare(articles)
        took = time.perf_counter() - started
        self.call_from_thread(self._analysed, comparison, took)

    def _read(self, articles: list[Article], problems: list[Problem]) -> None:
        self.unreadable = problems
        if not articles:
            self.exit(return_code=EXIT_NOTHING_READ)
            return
        skipped = f" · skipped {len(problems)} unreadable: {problems[0]}" if problems else ""
        self.comparison_screen.set_comparison(Comparison(articles=tuple(articles)),
                                              f"analysing {len(articles)} articles…{skipped}")

    def _analysed(self, comparison: Comparison, took: float) -> None:
        self.log(f"analysed {len(comparison.articles)} articles in {took:.2f} s")
        d = len(comparison.divergences)
        self.comparison_screen.set_comparison(
            comparison, f"{len(comparison.articles)} articles analysed · {d} divergence{'s' * (d != 1)} · ] shows them · ? help",
            analysed=True,
        )

    def correct_entities(self, merge: tuple[str, str] | None = None, split: str | None = None) -> None:
        """Merge two names or split a spelling out; the entity analysis runs again in a worker."""
        if merge:
            self.corrections = self.corrections.merge(*merge)
        if split:
            self.corrections = self.corrections.split(split)
        self.run_worker(self._find_entities, thread=True, exclusive=True, group="entities")

    def _find_entities(self) -> None:
        from tui.core.entities import find_entities

        comparison = self.comparison_screen.comparison
        entities = find_entities(comparison.articles, self.corrections)
        self.call_from_thread(self._entities_found, replace(comparison, entities=entities))

    def _entities_found(self, comparison: Comparison) -> None:
        self.comparison_screen.set_comparison(comparison, f"{len(comparison.entities)} names after your correction",
                                              analysed=True)

    @property
    def comparison_screen(self) -> ComparisonScreen:
        return next(s for s in self.screen_stack if isinstance(s, ComparisonScreen))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.comparison_screen))


def _commands():
    from tui.commands import ParallaxCommands  # the palette's import cost is paid when it opens

    return ParallaxCommands
