"""The main screen: article columns side by side."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.strip import Strip
from textual.style import Style
from textual.widgets import Footer, Header

from tui.core.model import Article
from tui.widgets.article_column import ArticleColumn
from tui.widgets.paragraph_lines import paragraph_strips


class ComparisonScreen(Screen):
    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="columns"):
            for n, article in enumerate(self.articles):
                yield ArticleColumn(article, id=f"column-{n}")
        yield Footer()

    def on_resize(self) -> None:
        self.call_after_refresh(self._layout)

    def on_mount(self) -> None:
        self.call_after_refresh(self._layout)

    def _layout(self) -> None:
        for column in self.query(ArticleColumn):
            width = column.scrollable_content_region.width
            if width <= 0:
                continue
            kind_style = {
                kind: Style.from_rich_style(column.get_component_rich_style(f"column--{kind}"))
                for kind in ("title", "heading", "boilerplate")
            }
            gutter = Style.from_rich_style(column.get_component_rich_style("column--gutter"))
            lines: list[Strip] = []
            for paragraph in column.article.paragraphs:
                lines.extend(paragraph_strips(paragraph, width, kind_style.get(paragraph.kind, Style()), gutter))
                lines.append(Strip.blank(width))
            column.set_lines(lines)
