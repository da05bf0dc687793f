"""ParallaxApp: wires the screens, bindings and commands; shows a Comparison, computes nothing."""

from __future__ import annotations

import time
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from tui.commands import ParallaxCommands
from tui.core.model import Article, Comparison
from tui.resources import styles
from tui.screens.comparison import ComparisonScreen


class ParallaxApp(App):
    CSS_PATH = str(styles() / "parallax.tcss")
    TITLE = "Parallax"
    COMMANDS = App.COMMANDS | {ParallaxCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(self, articles: list[Article], corpus: str = "") -> None:
        super().__init__()
        self.articles = articles
        self.corpus = corpus or _corpus_name(articles)

    def on_mount(self) -> None:
        # The first frame shows the articles as read; the analysis fills them in when done.
        self.push_screen(ComparisonScreen(Comparison(articles=tuple(self.articles)), self.corpus))
        self.run_worker(self._analyse, thread=True, exclusive=True, group="analysis")

    def _analyse(self) -> None:
        from tui.core.compare import compare

        started = time.perf_counter()
        comparison = compare(self.articles)
        took = time.perf_counter() - started
        self.call_from_thread(self._analysed, comparison, took)

    def _analysed(self, comparison: Comparison, took: float) -> None:
        self.log(f"analysed {len(comparison.articles)} articles in {took:.2f} s")
        d = len(comparison.divergences)
        self.comparison_screen.set_comparison(
            comparison, f"{len(comparison.articles)} articles analysed · {d} divergence{'s' * (d != 1)} · ] shows them · ? help"
        )

    @property
    def comparison_screen(self) -> ComparisonScreen:
        return next(s for s in self.screen_stack if isinstance(s, ComparisonScreen))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.comparison_screen))


def _corpus_name(articles: list[Article]) -> str:
    folders = {Path(a.path).resolve().parent.name for a in articles}
    return folders.pop() if len(folders) == 1 else f"{len(articles)} files"
