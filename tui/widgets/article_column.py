"""One article as one ScrollView drawn with the Line API: lines prepared by the screen."""

from __future__ import annotations

from bisect import bisect_right

from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui.core.model import Ref
from tui.widgets.paragraph_lines import Look


class ArticleColumn(ScrollView, can_focus=True):
    """A column of the comparison. The screen lays out all columns together; the column
    draws its lines, knows which paragraph each line shows and where blocks begin."""

    COMPONENT_CLASSES = {
        "column--text", "column--title", "column--heading", "column--boilerplate",
        "column--unique", "column--conflict", "column--highlight", "column--mention",
        "column--gutter", "column--all-agree", "column--some-agree", "column--only-here",
        "column--disagree",
    }

    class Scrolled(Message):
        """The user scrolled this column (wheel, scrollbar): the others follow."""

        def __init__(self, column: ArticleColumn) -> None:
            super().__init__()
            self.column = column

    def __init__(self, slot: int) -> None:
        super().__init__(id=f"column-{slot}")
        self.slot = slot
        self.article_id: str | None = None
        self._lines: list[Strip] = []
        self.line_refs: list[Ref | None] = []
        self.block_starts: list[int] = [0]
        self._programmatic = False

    def look(self) -> Look:
        def style(name: str) -> Style:
            return Style.from_rich_style(self.get_component_rich_style(f"column--{name}", partial=True))

        return Look(
            text=style("text"), title=style("title"), heading=style("heading"), boilerplate=style("boilerplate"),
            unique=style("unique"), conflict=style("conflict"), highlight=style("highlight"),
            mention=style("mention"), gutter=style("gutter"), all_agree=style("all-agree"),
            some_agree=style("some-agree"), only_here=style("only-here"), disagree=style("disagree"),
        )

    @property
    def text_width(self) -> int:
        return self.scrollable_content_region.width

    def show(self, lines: list[Strip], refs: list[Ref | None], block_starts: list[int]) -> None:
        self._lines, self.line_refs, self.block_starts = lines, refs, block_starts or [0]
        self.virtual_size = Size(self.text_width, len(lines))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        if index < len(self._lines):
            return self._lines[index]
        return Strip.blank(self.text_width, self.visual_style.rich_style)

    # Positions ---------------------------------------------------------------------------

    def top_ref(self) -> Ref | None:
        """The paragraph at the top of the view (or the next one below it)."""
        for ref in self.line_refs[self.scroll_offset.y:]:
            if ref is not None:
                return ref
        return None

    def line_of(self, ref: Ref) -> int | None:
        try:
            return self.line_refs.index(ref)
        except ValueError:
            return None

    def next_block(self, direction: int) -> int:
        """The first line of the next (1) or previous (-1) block from the top of the view."""
        y = self.scroll_offset.y
        i = bisect_right(self.block_starts, y)
        if direction > 0:
            return self.block_starts[i] if i < len(self.block_starts) else y
        return self.block_starts[i - 2] if i >= 2 else 0

    def go_to(self, y: int) -> None:
        """Scroll to line `y` at once, without telling the other columns to follow."""
        self._programmatic = True
        self.scroll_to(y=max(0, y), animate=False, immediate=True)
        self._programmatic = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._programmatic and round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))
