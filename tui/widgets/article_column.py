"""One article as one ScrollView drawn with the Line API: wrapped lines cached as Strips."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Article


class ArticleColumn(ScrollView, can_focus=True):
    """Shows lines prepared by the screen; all columns of a screen share a row layout."""

    COMPONENT_CLASSES = {
        "column--title",
        "column--heading",
        "column--boilerplate",
        "column--gutter",
    }

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self._lines: list[Strip] = []
        self.border_title = article.label
        self.border_subtitle = f"{len(article.paragraphs)} ¶"

    def set_lines(self, lines: list[Strip]) -> None:
        self._lines = lines
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        if index < len(self._lines):
            return self._lines[index]
        return Strip.blank(self.scrollable_content_region.width, self.rich_style)
