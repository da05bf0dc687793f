"""Paragraphs -> wrapped, styled Strips for an ArticleColumn, cached by width."""

from __future__ import annotations

from functools import lru_cache

from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from tui.core.model import Paragraph

GUTTER = 2  # a mark glyph and a space before every line


@lru_cache(maxsize=4096)
def paragraph_strips(paragraph: Paragraph, width: int, style: Style, gutter_style: Style) -> tuple[Strip, ...]:
    """The paragraph wrapped to `width` cells, article text never read as markup."""
    text_width = max(1, width - GUTTER)
    content = Content(paragraph.text).stylize(style) if style else Content(paragraph.text)
    lines = content.wrap(text_width)
    gutter = Strip(Content(" " * GUTTER).render_segments(gutter_style))
    return tuple(
        Strip.join([gutter, Strip(line.render_segments()).extend_cell_length(text_width)]) for line in lines
    )
