"""ParallaxApp: wires the screens, bindings and commands; shows a Comparison, computes nothing."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from tui.core.model import Article
from tui.resources import styles
from tui.screens.comparison import ComparisonScreen


class ParallaxApp(App):
    CSS_PATH = str(styles() / "parallax.tcss")
    TITLE = "Parallax"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles
        self.sub_title = f"{len(articles)} articles"

    def on_mount(self) -> None:
        self.push_screen(ComparisonScreen(self.articles))
