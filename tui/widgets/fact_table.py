"""The Facts view's rows in one ScrollView drawn with the Line API.

A row's text is asked for only when the row comes into view (or is about to), and kept with
its width: the view opens and scrolls without an option or a widget per fact (thousands with
200 articles), and without laying out, styling or measuring them anew each time it is shown.
A frame only wraps each row shown in the widget's current style.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class FactTable(ScrollView, can_focus=True):
    """Rows of text, one highlighted; Enter (or a click) chooses it."""

    DEFAULT_CSS = """
    FactTable {
        background: $surface;
        color: $foreground;
        &:focus { background-tint: $foreground 5%; }
        & > .fact-table--highlight {
            color: $block-cursor-blurred-foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .fact-table--highlight {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """
    COMPONENT_CLASSES = {"fact-table--highlight"}
    BINDINGS = [
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("pagedown", "move_page(1)", "Page down", show=False),
        Binding("pageup", "move_page(-1)", "Page up", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
        Binding("enter", "choose", "Go", show=False),
    ]

    class Chosen(Message):
        """Enter or a click on row `index` of the rows given by `show` call number `listing`:
        a filter typed before the message is handled has shown other rows since."""

        def __init__(self, index: int, listing: int) -> None:
            super().__init__()
            self.index = index
            self.listing = listing

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._count = 0
        self._text: Callable[[int], str] = str
        self._rows: dict[int, tuple[str, int]] = {}  # the rows drawn, with their widths
        self._highlighted: int | None = None
        self.listing = 0  # how many times rows were shown

    def show(self, count: int, text: Callable[[int], str]) -> None:
        """`count` rows, row i reading `text(i)` (asked for once it is in view), the first
        highlighted and in view."""
        self._count, self._text = count, text
        self.listing += 1
        self._rows = {}
        self._highlighted = 0 if count else None
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()
        for index in range(min(count, self.scrollable_content_region.height)):  # what the next frame shows
            self._measured(index)

    @property
    def row_count(self) -> int:
        return self._count

    def row(self, index: int) -> str:
        return self._text(index)

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if not self._count or index is None:
            return
        before, self._highlighted = self._highlighted, max(0, min(index, self._count - 1))
        for row in (before, self._highlighted):
            if row is not None:
                self.refresh_line(row)
        self.scroll_to_region(Region(0, self._highlighted, 1, 1), animate=False, immediate=True)

    # Drawing ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= self._count:
            return Strip.blank(width, self.visual_style.rich_style)
        text, cells = self._measured(index)
        if index == self._highlighted:
            style = self.get_component_rich_style("fact-table--highlight")
            return Strip([Segment(text, style)], cells).extend_cell_length(width, style)
        return Strip([Segment(text, self.visual_style.rich_style)], cells)

    def _measured(self, index: int) -> tuple[str, int]:
        """Row `index` and its width in cells, kept."""
        found = self._rows.get(index)
        if found is None:
            text = self._text(index)
            found = self._rows[index] = (text, cell_len(text))
        return found

    def on_resize(self, _event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._count)

    # Keys and the mouse ----------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self._highlighted is not None:
            self.highlighted = self._highlighted + step

    def action_move_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1))

    def action_move_to(self, index: int) -> None:
        self.highlighted = index % self._count if self._count else None

    def action_choose(self) -> None:
        if self._highlighted is not None:
            self.post_message(self.Chosen(self._highlighted, self.listing))

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if index < self._count:
            self.highlighted = index
            self.action_choose()
