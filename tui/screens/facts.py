"""The Facts view: one row per fact, one narrow column per outlet (● reports it, · silent,
≠ gives another value), most reported first. Typing filters them by what they say, Enter goes
to the fact in the columns, tab lists what one outlet leaves out.

The reader builds the view once an analysis is there and keeps it (`show` gives it a new
one), laid out and drawn while hidden, so `f` only brings it to the front; a row is made
when it comes into view, from each fact's marks, found once."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from tui.core.coverage import Coverage, by_support
from tui.core.model import Comparison, Fact
from tui.core.wording import shortened
from tui.widgets.fact_table import FactTable

LABEL_AT_LEAST = 24  # the label keeps this many columns: outlets beyond it are paged
SUPPORT_WIDTH = 8  # "200/200 "


class FactsScreen(Screen[str | None]):
    """Dismissed with the chosen fact's id, or None."""

    # Its widgets cover it, and Textual draws a resumed screen's background anew on each opening
    # (50 lines at 200x50): as BLANK it is one blank line repeated.
    BLANK = True

    DEFAULT_CSS = """
    FactsScreen { layout: vertical; }
    FactsScreen #facts-head { height: 2; padding: 0 1; }
    FactsScreen #facts-list { height: 1fr; }
    FactsScreen #facts-status { height: 1; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Close", id="close-facts"),
        Binding("tab", "omissions(1)", "Next outlet's omissions", id="facts-omissions"),
        Binding("shift+tab", "omissions(-1)", "Previous outlet's omissions", id="facts-omissions-back"),
        Binding("less_than_sign", "page_outlets(-1)", "Outlets ◀", id="facts-outlets-back"),
        Binding("greater_than_sign", "page_outlets(1)", "Outlets ▶", id="facts-outlets-forward"),
    ]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.filter = ""
        self.outlet: int | None = None  # whose omissions are listed; None: every fact
        self.first_outlet = 0
        self.shown: list[Fact] = []
        self._layout: tuple[int, int] = (0, 0)  # outlets shown (from first_outlet), label width
        self._drawing_unseen = False  # a draw_unseen is due once the reader is idle
        self.show(comparison)

    def show(self, comparison: Comparison) -> None:
        """List the facts of `comparison` (a new analysis, a correction): at once if the view is up."""
        self.comparison = comparison
        self.coverage = Coverage(comparison)
        self.ordered = by_support(comparison.facts)
        self._marks: dict[str, str] = {}  # fact id -> its mark for every outlet, made when first shown
        self._told: dict[str, str] = {}  # fact id -> what its sentences say, folded, made unseen or when filtered
        # an outlet's column: its mark, then room for its number's other digits and a space
        self.outlet_width = len(str(len(self.coverage.outlets))) + 1
        if self.outlet is not None and self.outlet >= len(self.coverage.outlets):
            self.outlet = None
        if self.is_mounted:
            self.refill()

    def compose(self) -> ComposeResult:
        yield Static("", id="facts-head", markup=False)
        yield FactTable(id="facts-list")  # labels are article text, drawn as plain text
        yield Static("", id="facts-status", markup=False)

    def on_mount(self) -> None:
        self.query_one(FactTable).focus()
        self.refill()

    def on_resize(self, _event: events.Resize) -> None:
        self.refill()

    def draw_unseen(self) -> None:
        """Finish, while the view is hidden, what its first showing would do: Textual lays out a
        hidden screen once, and the second layout that the first one asks for (the widgets'
        first sizes) waits for the showing, as does drawing each widget's lines, which each
        keeps until it changes. Done now, `f`'s first frame only copies lines, as later ones do."""
        self._drawing_unseen = False
        if self.is_current:  # shown meanwhile: its own frame does both
            return
        # Textual's private layout flag and method: should either go, f lays out itself (~2 ms)
        refresh_layout = getattr(self, "_refresh_layout", None)
        if getattr(self, "_layout_required", False) and refresh_layout is not None:
            refresh_layout()
            self._layout_required = False
        for widget in self.query("#facts-head, #facts-list, #facts-status"):
            widget.render_lines(widget.outer_size.region)
        for fact in self.comparison.facts:  # and what the filter searches (60 ms at 200 articles)
            self._told_by(fact)

    # What is listed ------------------------------------------------------------------------

    def _told_by(self, fact: Fact) -> str:
        """Every sentence that tells the fact, folded: the filter finds words its cut label lacks."""
        told = self._told.get(fact.id)
        if told is None:
            told = self._told[fact.id] = "\n".join(
                self.comparison.paragraph(p.ref).text[p.start:p.end] for p in fact.places).casefold()
        return told

    def outlets_fitting(self) -> int:
        width = max(self.size.width, 40) - 2
        return max(1, min(len(self.coverage.outlets), (width - SUPPORT_WIDTH - LABEL_AT_LEAST) // self.outlet_width))

    def refill(self) -> None:
        """The rows for the filter, the outlet whose omissions are asked for, and the page of outlets."""
        outlets = self.coverage.outlets
        count = self.outlets_fitting()
        self.first_outlet = max(0, min(self.first_outlet, len(outlets) - count))
        facts = self.coverage.omissions(outlets[self.outlet]) if self.outlet is not None else self.ordered
        if self.outlet is not None:
            facts = by_support(facts)
        needle = self.filter.casefold()
        self.shown = [f for f in facts if needle in self._told_by(f)] if needle else list(facts)
        label_width = max(8, self.size.width - 2 - SUPPORT_WIDTH - self.outlet_width * count - 1)
        self._layout = (count, label_width)
        self.query_one(FactTable).show(len(self.shown), self.row)
        page = outlets[self.first_outlet:self.first_outlet + count]
        numbers = "".join(f"{self.first_outlet + i + 1:<{self.outlet_width}}" for i in range(len(page)))
        legend = " · ".join(f"{self.first_outlet + i + 1} {self.comparison.article(o).label}" for i, o in enumerate(page))
        width = max(self.size.width - 2, 20)
        self.query_one("#facts-head", Static).update(
            shortened(f"{self._title()} │ {legend}", width) + f"\n{'support':<{SUPPORT_WIDTH}}{numbers} fact", layout=False)
        self.query_one("#facts-status", Static).update(self._status(len(page)), layout=False)
        if not self.is_current and not self._drawing_unseen:  # laid out unseen, or a new analysis:
            self._drawing_unseen = True  # drawn once the reader is idle, rather than on f
            self.call_after_refresh(self.draw_unseen)

    def row(self, index: int) -> str:
        """The `index`th row shown: support, the page of outlets' marks, the label cut to fit."""
        fact = self.shown[index]
        first, (count, label_width) = self.first_outlet, self._layout
        marks = self._marks.get(fact.id)
        if marks is None:
            marks = self._marks[fact.id] = self.coverage.marks(fact)
        return (f"{len(fact.articles):>3}/{len(self.coverage.outlets):<3} "
                + "".join(m.ljust(self.outlet_width) for m in marks[first:first + count]) + " " + shortened(fact.label, label_width))

    def _title(self) -> str:
        total = len(self.comparison.facts)
        head = f"Facts: {len(self.shown)} of {total}"
        if self.outlet is not None:
            head = f"What {self.comparison.articles[self.outlet].label} leaves out: {len(self.shown)} facts"
        return head + (f" · filter “{self.filter}”" if self.filter else "")

    def _status(self, shown_outlets: int) -> str:
        outlets = len(self.coverage.outlets)
        paging = (f"outlets {self.first_outlet + 1}–{self.first_outlet + shown_outlets} of {outlets} (< >) · "
                  if shown_outlets < outlets else "")
        return f"{paging}● reports · silent ≠ differs │ type to filter · Enter go · Tab omissions · Esc"

    # Keys ----------------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Printable keys that are not bindings type the filter; backspace takes one back."""
        if event.key == "backspace" and self.filter:
            self.filter = self.filter[:-1]
        elif event.character and event.is_printable and event.key not in ("less_than_sign", "greater_than_sign"):
            self.filter += event.character
        else:
            return
        event.stop()
        self.refill()

    def on_fact_table_chosen(self, event: FactTable.Chosen) -> None:
        if event.listing == self.query_one(FactTable).listing:  # else chosen among rows no longer shown
            self.dismiss(self.shown[event.index].id)

    def action_back(self) -> None:
        """Esc clears the filter, then the omissions, then closes."""
        if self.filter:
            self.filter = ""
        elif self.outlet is not None:
            self.outlet = None
        else:
            self.dismiss(None)
            return
        self.refill()

    def action_omissions(self, direction: int) -> None:
        """The next outlet's omissions; past the last, every fact again."""
        n = len(self.coverage.outlets)
        steps = list(range(n)) + [None]
        at = steps.index(self.outlet)
        self.outlet = steps[(at + direction) % len(steps)]
        self.refill()

    def action_page_outlets(self, direction: int) -> None:
        self.first_outlet += direction * self.outlets_fitting()
        self.refill()

