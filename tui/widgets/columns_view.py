"""All visible articles in one ScrollView drawn with the Line API.

One widget draws every column: each screen line is the visible columns' cached strips
joined with a separator. Textual's cost per repaint grows with widget-lines, so one view
of five columns repaints in a fifth of the time of five views (see benchmarks/bench_reader.py).
Each article is a `Column`: its lines, the paragraph each line shows, where its blocks
start and, in reading mode, its own top line.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui.core.model import Ref
from tui.core.wording import shortened

if TYPE_CHECKING:  # painting is imported when the first articles are laid out, after the first frame
    from tui.widgets.paragraph_lines import Line, Look

HEADER_LINES = 1  # the column titles, which do not scroll
SEPARATOR = "│"


class Column:
    """One article's lines in the view."""

    def __init__(self, slot: int, article_id: str, width: int) -> None:
        self.slot = slot
        self.article_id = article_id
        self.text_width = width
        self.title = ""
        self.subtitle = ""
        self.lines: list[Line] = []
        self.line_refs: list[Ref | None] = []
        self.block_starts: list[int] = [0]
        self.top = 0

    def show(self, lines: list[Line], refs: list[Ref | None], block_starts: list[int]) -> None:
        self.lines, self.line_refs, self.block_starts = lines, refs, block_starts or [0]

    def top_ref(self) -> Ref | None:
        """The paragraph at the top of the view (or the next one below it)."""
        # In C, no copy: a column beside a 20 MB article has millions of gap lines.
        return next(filter(None, islice(self.line_refs, self.top, None)), None)

    def line_of(self, ref: Ref) -> int | None:
        try:
            return self.line_refs.index(ref)
        except ValueError:
            return None

    def line_at(self, ref: Ref, offset: int) -> int:
        """The line `offset` below the first line of `ref` (above it, into the gap, when
        negative), kept to the lines that show `ref` or that gap: wrapped to another width a
        paragraph has fewer lines."""
        y = self.line_of(ref) or 0
        refs = self.line_refs
        if offset >= 0:
            end = y
            while end + 1 < len(refs) and end - y < offset and refs[end + 1] == ref:
                end += 1
            return end
        start = y
        while start > 0 and y - start < -offset and refs[start - 1] is None:
            start -= 1
        return start

    def next_block(self, direction: int) -> int:
        """The first line of the next (1) or previous (-1) block from the top of the view."""
        i = bisect_right(self.block_starts, self.top)
        if direction > 0:
            return self.block_starts[i] if i < len(self.block_starts) else self.top
        return self.block_starts[i - 2] if i >= 2 else 0


class ColumnsView(ScrollView, can_focus=True):
    """The visible columns side by side; the screen decides what they hold."""

    COMPONENT_CLASSES = {
        "column--text", "column--title", "column--heading", "column--boilerplate",
        "column--unique", "column--conflict", "column--highlight", "column--mention",
        "column--gutter", "column--all-agree", "column--some-agree", "column--only-here",
        "column--disagree", "column--header", "column--header-focused", "column--separator",
    }

    class Scrolled(Message):
        """The user scrolled the view (wheel, scrollbar): the other columns follow."""

    class Resized(Message):
        """The view's size changed (the terminal, or the sidebar beside it): lay out again."""

    def on_resize(self) -> None:
        if self.scrollable_content_region.size != self._laid_out_at:  # else laid out as first drawn
            self.post_message(self.Resized())

    def __init__(self) -> None:
        super().__init__(id="columns")
        self.columns: list[Column] = []
        self.focus_slot = 0
        self._programmatic = False
        # A layout asked for before the view had a size, made when it is first drawn: the
        # size is known by then, so the first frame shows the columns, where the Resized
        # message would have laid them out a frame later.
        self.when_sized: Callable[[], None] | None = None
        self._laid_out_at: Size | None = None  # the size the columns were laid out for

    def style_of(self, name: str) -> Style:
        return Style.from_rich_style(self.get_component_rich_style(f"column--{name}", partial=True))

    def look(self) -> Look:
        from tui.widgets.paragraph_lines import Look

        s = self.style_of
        return Look(
            text=s("text"), title=s("title"), heading=s("heading"), boilerplate=s("boilerplate"),
            unique=s("unique"), conflict=s("conflict"), highlight=s("highlight"), mention=s("mention"),
            gutter=s("gutter"), all_agree=s("all-agree"), some_agree=s("some-agree"),
            only_here=s("only-here"), disagree=s("disagree"),
        )

    def widths(self, count: int) -> list[int]:
        """The text width of each of `count` columns, a separator between them."""
        total = self.scrollable_content_region.width - (count - 1)
        base = max(1, total // max(1, count))
        return [base] * (count - 1) + [max(1, total - base * (count - 1))]

    def set_columns(self, columns: list[Column]) -> None:
        self.columns = columns
        self.when_sized = None
        self._laid_out_at = self.scrollable_content_region.size
        self.focus_slot = max(0, min(self.focus_slot, len(columns) - 1))
        self._update_virtual_size()
        self.refresh()

    def _update_virtual_size(self) -> None:
        height = max((len(c.lines) for c in self.columns), default=0) + HEADER_LINES
        size = Size(self.scrollable_content_region.width, height)
        visible = self.scrollable_content_region.height
        if self.show_vertical_scrollbar and size.width == self.virtual_size.width and height > visible:
            # Only the length changed and the scrollbar stays: tell the scrollbar, and spare the
            # whole screen the layout pass that setting `virtual_size` asks for (paging 200 columns).
            self.set_reactive(ColumnsView.virtual_size, size)
            self.vertical_scrollbar.window_virtual_size = height
            self.vertical_scrollbar.refresh()
        else:
            self.virtual_size = size

    @property
    def focused_column(self) -> Column:
        return self.columns[self.focus_slot]

    def set_focus_slot(self, slot: int) -> None:
        self.focus_slot = slot
        self.refresh()

    def move(self, column: Column, top: int) -> None:
        """Put `top` at the top of `column`; the view's scroll position is the focused column's."""
        column.top = max(0, min(top, max(0, len(column.lines) - self.scrollable_content_region.height + HEADER_LINES)))
        if column is self.focused_column:
            self._programmatic = True
            self.scroll_to(y=column.top, animate=False, immediate=True)
            self._programmatic = False
        self.refresh()

    # Drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if self.when_sized is not None and self.scrollable_content_region.width:
            self.when_sized()  # sets the columns
        if not self.columns:
            return Strip.blank(self.scrollable_content_region.width, self.visual_style.rich_style)
        if y < HEADER_LINES:
            return self._header()
        segments: list[Segment] = []
        separator = Segment(SEPARATOR, self.get_component_rich_style("column--separator"))
        for n, column in enumerate(self.columns):
            if n:
                segments.append(separator)
            index = column.top + y - HEADER_LINES
            if index < len(column.lines):
                segments += column.lines[index]
            else:
                segments.append(Segment(" " * column.text_width, self.visual_style.rich_style))
        return Strip(segments)

    def _header(self) -> Strip:
        parts: list[Strip] = []
        plain = self.get_component_rich_style("column--header")
        focused = self.get_component_rich_style("column--header-focused")
        for n, column in enumerate(self.columns):
            if n:
                parts.append(Strip([Segment(SEPARATOR, self.get_component_rich_style("column--separator"))], 1))
            title = f" {column.title}"
            room = column.text_width - len(column.subtitle) - 2  # a space either side of the count
            text = shortened(title, room).ljust(room) + " " + column.subtitle + " "
            style = focused if n == self.focus_slot else plain
            parts.append(Strip([Segment(text, style)]).crop_extend(0, column.text_width, style))
        return Strip.join(parts)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # A shorter layout clamps the scroll to its end: that is no move of the reader's.
        clamped = new_value < old_value and new_value >= self.max_scroll_y
        if not self._programmatic and not clamped and self.columns and round(old_value) != round(new_value):
            self.focused_column.top = round(new_value)
            self.post_message(self.Scrolled())
