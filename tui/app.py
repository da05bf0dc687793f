"""ParallaxApp: wires the screens, bindings and commands; shows a Comparison, computes nothing."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import time
from dataclasses import replace
from functools import partial

from textual import events
from textual.app import App
from textual.binding import Binding

from tui.core import collector
from tui.core.discover import Problem
from tui.core.model import Article, Comparison, Corrections
from tui.core.reader_state import ReaderState
from tui.core.session import Opened, Session, rows_for_reader
from tui.core.wording import counted
from tui.resources import styles
from tui.screens.comparison import NO_DIVERGENCES, ComparisonScreen
from tui.screens.too_small import TooSmall, too_small

EXIT_NOTHING_READ = 2
SAVE_WHEN_QUIET = 1.0  # seconds after the last move that the reading position is saved
PROGRESS_EVERY = 0.1  # seconds between progress lines while the files are read
HANG_UPS = (signal.SIGHUP, signal.SIGTERM)  # the terminal closed, or a kill: save, then exit


class ParallaxApp(App):
    CSS_PATH = str(styles() / "parallax.tcss")
    TITLE = "Parallax"
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(self, session: Session, theme: str = "") -> None:
        """Reading and analysing run in a worker, so the first frame never waits for them."""
        # With NO_COLOR, Textual keeps colours unless it draws in the terminal's own ANSI
        # colours: then it gives every segment the terminal's default colours.
        super().__init__(ansi_color="NO_COLOR" in os.environ)
        collector.pause()  # until the first frame: what is made before it is not garbage
        self._collector_paused = True
        self.session = session
        self.unreadable: list[Problem] = []
        self.corrections = Corrections()
        self._saved = ReaderState()
        self._save_timer = None
        self._reader: ComparisonScreen | None = None
        self._cover: TooSmall | None = None  # over the reader while the terminal is too small
        config = session.config
        if config.keymap:
            self.set_keymap(config.keymap)
        # --theme is written back to the config, but only a theme that exists
        self._remember_theme = bool(theme) and theme in self.available_themes
        wanted = theme or config.theme
        if wanted and wanted in self.available_themes:
            self.theme = wanted
        elif wanted:
            session.warnings.append(f"no theme called {wanted!r}; themes: {', '.join(sorted(self.available_themes))}")

    def get_default_screen(self) -> ComparisonScreen:
        self._reader = ComparisonScreen(self.session.corpus, self.session.config, self._reader_mounted)
        return self._reader

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._remember_theme:
            self._theme_changed(None)
        loop = asyncio.get_running_loop()
        for sig in HANG_UPS:
            loop.add_signal_handler(sig, self._hang_up)

    def _reader_mounted(self) -> None:
        self._fit(self.size.width, self.size.height)  # the cover goes over the reader
        opened = self.session.opened(wait=False)
        if opened is not None and opened.comparison is not None:
            self._open(opened)  # read while Textual was imported: the first frame shows it
        else:
            self.run_worker(self._read_and_analyse, thread=True, exclusive=True, group="analysis")
        self.call_after_refresh(self._first_frame_drawn)

    def _first_frame_drawn(self) -> None:
        if self._collector_paused:
            self._collector_paused = False
            collector.resume()

    def on_unmount(self) -> None:
        self._first_frame_drawn()  # or never drawn
        loop = asyncio.get_running_loop()
        for sig in HANG_UPS:
            loop.remove_signal_handler(sig)

    def _read_and_analyse(self) -> None:
        session = self.session
        opened = session.opened()
        if opened.comparison is not None:
            self.call_from_thread(self._open, opened)
            return
        self.call_from_thread(self._remember, opened.state)
        articles, problems = session.read(self._reading_progress())
        self.call_from_thread(self._read, articles, problems)
        if not articles:
            return
        started = time.perf_counter()
        comparison = session.analyse(articles, opened.state.corrections)
        rows_for_reader(comparison, opened.state)
        self.call_from_thread(self._analysed, comparison, f"in {time.perf_counter() - started:.1f} s")
        session.store(comparison, opened.state.corrections)  # after it is on screen

    def _open(self, opened: Opened) -> None:
        """The analysis from the cache, where the reader left it."""
        self._remember(opened.state)
        self._analysed(opened.comparison, "from the cache")

    def _remember(self, state: ReaderState) -> None:
        self.comparison_screen.remember_state(state)
        self.corrections = state.corrections
        self.unreadable = self.session.reading_problems  # from the cache too: said when the reader ends
        if self.session.warnings:
            self.comparison_screen.warn("; ".join(self.session.warnings))

    def _reading_progress(self):
        """Tells the status line how many files are read, at most every PROGRESS_EVERY seconds."""
        shown = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal shown
            if time.perf_counter() - shown >= PROGRESS_EVERY:
                shown = time.perf_counter()
                self.call_from_thread(self.comparison_screen.say, f"reading {done}/{total}…")

        return progress

    def _read(self, articles: list[Article], problems: list[Problem]) -> None:
        self.unreadable = problems
        if not articles:
            self.exit(return_code=EXIT_NOTHING_READ)
            return
        notes = [p for p in problems if not p.skipped]
        if notes:
            self.comparison_screen.warn("; ".join(map(str, notes)))
        self.comparison_screen.set_comparison(Comparison(articles=tuple(articles)),
                                              f"analysing {counted(len(articles), 'article')}…{self._skipped()}")

    def _analysed(self, comparison: Comparison, how: str) -> None:
        self.log(f"analysed {len(comparison.articles)} articles {how}")
        # The analysis stays for the session: the garbage collector need not walk it again.
        gc.freeze()
        d = len(comparison.divergences)
        # "] shows them" only where there is something to show: with none, `]` says so itself
        divergences = f"{counted(d, 'divergence')} · ] shows them" if d else NO_DIVERGENCES
        self.comparison_screen.set_comparison(
            comparison,
            f"{counted(len(comparison.articles), 'article')} analysed{self._skipped()} · {divergences} · ? help",
            analysed=True,
        )

    def _skipped(self) -> str:
        """The files left out, for the status line: said while reading and after the analysis
        (or its copy in the cache), where it stays until the next message, not only at exit."""
        skipped = [p for p in self.unreadable if p.skipped]
        return f" · skipped {len(skipped)} unreadable: {skipped[0]}" if skipped else ""

    # Corrections to the names ---------------------------------------------------------------

    def correct_entities(self, merge: tuple[str, str] | None = None, split: str | None = None,
                         keep: int | None = None) -> None:
        """Merge two names, split a spelling out, or keep only the first `keep` corrections
        (undo the others); the names are found again in a worker."""
        if merge:
            self.corrections = self.corrections.merge(*merge)
        if split:
            self.corrections = self.corrections.split(split)
        if keep is not None:
            self.corrections = Corrections(self.corrections.steps[:keep])
        self._save()
        self.run_worker(partial(self._find_entities, self.corrections), thread=True, exclusive=True, group="entities")

    def _find_entities(self, corrections: Corrections) -> None:
        comparison = self.session.correct(self.comparison_screen.comparison, corrections)
        self.call_from_thread(self._entities_found, comparison, corrections)

    def _entities_found(self, comparison: Comparison, corrections: Corrections) -> None:
        if corrections != self.corrections:
            return  # a later correction's names are on their way: a thread worker is not stopped
        self.comparison_screen.set_comparison(comparison, f"{len(comparison.entities)} names after your correction",
                                              analysed=True)

    # What is remembered ---------------------------------------------------------------------

    def _save(self) -> None:
        """Remember the reading, once the articles are shown (before, there is none to keep)."""
        if not self.comparison_screen.columns:
            return
        state = replace(self.comparison_screen.snapshot(), corrections=self.corrections)
        if state != self._saved:
            self.session.remember(state)
            self._saved = state

    def on_comparison_screen_changed(self) -> None:
        if self._save_timer is None:
            self._save_timer = self.set_timer(SAVE_WHEN_QUIET, self._save_now)
        else:
            self._save_timer.reset()

    def _save_now(self) -> None:
        self._save_timer = None
        self._save()

    def _hang_up(self) -> None:
        self._save()
        self.exit()

    async def action_quit(self) -> None:
        self._save()
        self.exit()

    def _theme_changed(self, _theme) -> None:
        if self.session.places:
            from tui.core.store import remember_theme

            warning = remember_theme(self.session.places.config, self.theme)
            if warning:
                self.comparison_screen.warn(warning)

    # Screens ------------------------------------------------------------------------------

    def _on_key(self, event: events.Key) -> None:
        if not self.screen_stack:  # keys still queued when the last screen closed (quitting)
            event.prevent_default()  # App's own key handler would ask for a screen and fail

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        """Cover the reader while the terminal is too small for it; uncover it when it grows."""
        if self._reader not in self.screen_stack:  # fitted once the reader is in
            return
        small = too_small(width, height)
        if small and self._cover is None:
            self._cover = TooSmall()
            self.push_screen(self._cover)
        elif not small and self._cover is not None:
            cover, self._cover = self._cover, None  # resize events come in bursts: uncover once
            if cover.is_active:
                cover.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Under the too-small cover only `q` acts: nothing else has room to open."""
        return action == "quit" or self._cover is None

    @property
    def comparison_screen(self) -> ComparisonScreen:
        return self._reader

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from tui.widgets.palette import Palette

        if not CommandPalette.is_open(self):
            self.push_screen(Palette())  # no id: a palette still closing would hold it

    def search_themes(self) -> None:
        """Textual's theme picker, as our palette: a plain one, closed twice by fast keys,
        would pop the reader below it."""
        from textual.theme import ThemeProvider

        from tui.widgets.palette import Palette

        self.push_screen(Palette(providers=[ThemeProvider], placeholder="Search for themes…"))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.comparison_screen))


def _commands():
    from tui.commands import ParallaxCommands  # the palette's import cost is paid when it opens

    return ParallaxCommands
