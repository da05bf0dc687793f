"""The main screen: the pivot and the other articles in columns, aligned or in reading order."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from textual import on
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from tui.core.model import Article, Comparison, Divergence, Entity, Ref
from tui.core.reader_state import MAX_SEARCH, Anchor, ReaderState
from tui.core.sanitize import visible
from tui.core.store import Config
from tui.core.wording import counted, shortened
from tui.search import Hit, Stop, Walk, find_hits, ranges
from tui.screens.picker import Picker
from tui.widgets.columns_view import Column, ColumnsView
from tui.widgets.entity_sidebar import EntitySidebar
from tui.widgets.key_bar import KeyBar
from tui.widgets.layout import visible_count
from tui.widgets.text_box import TextBox

if TYPE_CHECKING:  # imported when the first articles are laid out: the first frame shows none
    from tui.widgets.column_fill import LayoutPlan, Marks
    from tui.widgets.paragraph_lines import Painter


SIDEBAR_FROM_WIDTH = 140  # narrower terminals hide the sidebar (e shows it); it comes back when wide
PREFETCH_SLICE = 0.008  # seconds of idle wrapping per tick: less than a frame, so never felt
PREFETCH_PAUSE = 0.02
# An article named in the status line: as much of its label as lets the line fit, but no less
# than enough of a source or a title to know it.
LABEL_IN_STATUS = (40, 30, 20)
NO_DIVERGENCES = "no divergences found"  # what the status line says of a story without any
# Characters of the visible articles past which `m` and `z` lay out in a worker: wrapping
# takes about 1 µs a character here, so 20,000 is about a frame. Below it the switch is done
# before the next key is read, as a reader typing ahead (m j j) expects.
LAYOUT_IN_BACKGROUND = 20_000
Done = TypeVar("Done")  # what a job in the background gives back
# Keys that move through the columns: until the articles are laid out there is nothing to
# move through, and they do nothing (before the articles arrive, or in a terminal too small).
NEEDS_COLUMNS = frozenset({
    "row", "page", "edge", "focus_column", "focus_slot", "pivot", "divergence", "unique",
    "page_columns", "pick_columns", "walk", "copy",
})


class ComparisonScreen(Screen):
    BINDINGS = [
        Binding("j,down", "row(1)", "Row ↓", id="row-down", show=False),
        Binding("k,up", "row(-1)", "Row ↑", id="row-up", show=False),
        Binding("space,pagedown", "page(1)", "Page ↓", id="page-down", show=False),
        Binding("b,pageup", "page(-1)", "Page ↑", id="page-up", show=False),
        Binding("g,home", "edge(-1)", "Top", id="top", show=False),
        Binding("G,end", "edge(1)", "Bottom", id="bottom", show=False),
        Binding("h,left", "focus_column(-1)", "Column ←", id="column-left", show=False),
        Binding("l,right", "focus_column(1)", "Column →", id="column-right", show=False),
        *[Binding(str(n), f"focus_slot({n - 1})", f"Column {n}", id=f"column-{n}", show=False) for n in range(1, 10)],
        Binding("p", "pivot", "Pivot", id="pivot"),
        Binding("m", "toggle_mode", "Mode", id="mode"),
        Binding("right_square_bracket", "divergence(1)", "Divergence", id="next-divergence"),
        Binding("left_square_bracket", "divergence(-1)", "Prev divergence", id="previous-divergence", show=False),
        Binding("right_curly_bracket", "unique(1)", "Unique", id="next-unique", show=False),
        Binding("left_curly_bracket", "unique(-1)", "Prev unique", id="previous-unique", show=False),
        Binding("less_than_sign", "page_columns(-1)", "Columns ◀", id="columns-back", show=False),
        Binding("greater_than_sign", "page_columns(1)", "Columns ▶", id="columns-forward", show=False),
        Binding("c", "pick_columns", "Columns", id="pick-columns", show=False),
        Binding("f", "facts", "Facts", id="facts"),
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "walk(1)", "Next hit", id="next-hit", show=False),
        Binding("N", "walk(-1)", "Previous hit", id="previous-hit", show=False),
        Binding("z", "toggle_boilerplate", "Furniture", id="boilerplate", show=False),
        Binding("e", "toggle_sidebar", "Names", id="sidebar"),
        Binding("tab", "focus_sidebar", "Names list", id="sidebar-focus", show=False),
        Binding("M", "merge_entity", "Merge names", id="merge-entity", show=False),
        Binding("S", "split_entity", "Split a spelling", id="split-entity", show=False),
        Binding("u", "undo_correction", "Undo the last merge or split", id="undo-correction", show=False),
        Binding("y", "copy", "Copy the paragraph", id="copy", show=False),
        Binding("escape", "clear", "Clear", id="clear", show=False),
    ]

    def __init__(self, corpus: str, config: Config, when_mounted: Callable[[], None]) -> None:
        super().__init__()
        self._when_mounted = when_mounted
        self.comparison = Comparison(articles=())
        self.corpus = corpus
        self.config = config
        self.restore = ReaderState()  # the remembered reading, applied when the articles arrive
        # Where the reader last put each column: a relayout (resize, z, e) goes back there,
        # not to where a shorter layout had to clamp it.
        self._wanted: tuple[Anchor, ...] = ()
        self.sidebar_wanted: bool | None = config.sidebar  # None: when the terminal is wide
        self._wide: bool | None = None
        self.last_search = ""  # offered again by /
        self._status_lines = 1
        self.mode = config.mode
        self._switching: LayoutPlan | None = None  # the layout m or z asked for, made in a worker
        self.pivot = ""
        self._pivot_wanted = ""  # the pivot being aligned to in a worker
        self.first_other = 0  # paging through the articles that are not the pivot
        self.show_boilerplate = False
        self.highlights: dict[Ref, tuple[tuple[int, int], ...]] = {}  # shown reversed
        self.marked: dict[Ref, tuple[tuple[int, int], ...]] = {}  # shown underlined
        self.divergence_index = -1
        self.unique_index = -1
        self.walk: Walk | None = None
        self.entity: Entity | None = None  # the name last jumped to: what M and S correct
        self.painter: Painter | None = None
        self._prefetch: list[tuple[Ref, int]] = []
        self.analysed = False
        # Held, not queried: a key queued as the app exits still finds them.
        self.view = ColumnsView()
        self.sidebar = EntitySidebar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """None (shown, dimmed, not run) for the keys that need columns when there are none,
        or when the app is closing and keys are still queued."""
        if not self.view.is_attached or (action in NEEDS_COLUMNS and not self.columns):
            return None
        return True

    # Composition and layout ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="◫")
        with Horizontal(id="body"):
            yield self.sidebar
            yield self.view
        yield Static("", id="status", markup=False)
        yield KeyBar()  # the search box is mounted above it at the first /: the first frame has no use for it

    class Changed(Message):
        """What the reader would remember changed (a move, a mode): save it once quiet."""

    def on_mount(self) -> None:
        self._fit_sidebar(self.app.size.width)
        self.view.focus()
        self.say("reading the articles…")
        self._when_mounted()  # now, not by a message: articles at hand are on the first frame

    def on_resize(self, event) -> None:
        self._fit_sidebar(event.size.width)

    def _fit_sidebar(self, width: int) -> None:
        """Below its width the sidebar hides; when the terminal is wide again it comes back,
        unless the reader put it away."""
        wide = width >= SIDEBAR_FROM_WIDTH
        if wide != self._wide:
            self._wide = wide
            self._show_sidebar(wide and self.sidebar_wanted is not False)

    def _show_sidebar(self, shown: bool) -> None:
        self.sidebar.display = shown
        if shown and self.comparison.articles:  # else set_comparison fills it
            self.sidebar.show(self.comparison)

    def remember_state(self, state: ReaderState) -> None:
        """The reading remembered of this corpus: the view takes it when the articles arrive."""
        self.restore = state
        if state.sidebar is not None:
            self.sidebar_wanted = state.sidebar
            self._wide = None
            self._fit_sidebar(self.app.size.width)
        self.show_boilerplate = state.boilerplate
        if state.mode:  # else the config's mode holds
            self.mode = state.mode

    @on(ColumnsView.Resized)
    def _view_resized(self) -> None:
        self.relayout()

    @property
    def columns(self) -> list[Column]:
        return self.view.columns

    def _others(self) -> list[str]:
        """The articles that are not the pivot, in order: what the columns beside it page through."""
        return [a.id for a in self.comparison.articles if a.id != self.pivot]

    def visible_articles(self) -> list[str]:
        others = self._others()
        count = visible_count(self.view.size.width or self.size.width, len(self.comparison.articles))
        self.first_other = max(0, min(self.first_other, len(others) - (count - 1)))
        return [self.pivot, *others[self.first_other:self.first_other + count - 1]]

    def set_comparison(self, comparison: Comparison, status: str = "", analysed: bool = False) -> None:
        """Show the articles, or a new analysis of them, keeping the reading position."""
        self.comparison = comparison
        ids = {a.id for a in comparison.articles}
        if not self.pivot:  # the first time: where the reader left this corpus
            restore = self.restore
            self.pivot = restore.pivot_in(comparison)
            self.first_other = restore.first_other
            self.view.focus_slot = restore.focus_slot
            self._wanted = tuple(a for a in restore.anchors if a.ref.article in ids)
            self.last_search = restore.search
        self.painter = None
        self.analysed = analysed
        if self.entity is not None:  # the name as the new analysis has it (with a merge's spellings)
            name = self.entity.name
            self.entity = next((e for e in comparison.entities if name in e.variants), None)
        self.sidebar.show(comparison)
        self.relayout()
        if analysed and comparison.facts:
            self.call_after_refresh(self._prepare_facts_view)  # after the articles' frame
        self.refresh_bindings()  # the keys that move need columns: the key bar shows them now
        if status:
            self.say(status)

    def snapshot(self) -> ReaderState:
        """What to remember of the reading (all but the corrections, which the app holds)."""
        return ReaderState(
            pivot=self.pivot, mode=self.mode, first_other=self.first_other, focus_slot=self.view.focus_slot,
            sidebar=self.sidebar_wanted, boilerplate=self.show_boilerplate,
            anchors=self._wanted or self._anchors(), search=self.last_search,
        )

    def warn(self, text: str) -> None:
        """A warning the reader should see once (bad config, unusable database)."""
        self.say(f"warning: {text}")
        self.notify(visible(text), severity="warning", timeout=8, markup=False)

    def relayout(self) -> None:
        """Lay out every visible column again, keeping the paragraph at the top in view."""
        if self._switching:  # resized, paged or pivoted while m or z lays out: lay out what they asked for
            self._switch(*self._asked())
            return
        plan = self._plan(self.mode, self.show_boilerplate)
        if plan is not None:
            self._show(plan, plan.columns())
        elif self.comparison.articles:
            self.view.when_sized = self.relayout  # before the first frame: made as it is drawn

    def _plan(self, mode: str, boilerplate: bool) -> LayoutPlan | None:
        """What the visible columns would be laid out from; None before there is room or articles."""
        view = self.view
        if not view.scrollable_content_region.width or not self.comparison.articles:
            return None
        from tui.widgets.column_fill import LayoutPlan
        from tui.widgets.paragraph_lines import Painter

        articles = self.visible_articles()
        if self.painter is None:
            self.painter = Painter(self.comparison, view.look())
        return LayoutPlan(self.comparison, self.painter, self.pivot, tuple(articles), tuple(view.widths(len(articles))),
                          mode, boilerplate, self.highlights, self.marked)

    def _show(self, plan: LayoutPlan, columns: list[Column]) -> None:
        """Show a layout, the line at the top of the focused column staying there."""
        anchors = self._wanted or self._anchors()
        self.mode, self.show_boilerplate = plan.mode, plan.boilerplate
        self.view.set_columns(columns)
        if plan.highlights is not self.highlights or plan.marked is not self.marked:  # marked while it was made
            self._repaint_marks(plan.highlights, plan.marked)
        self._go_to_anchors(anchors)
        self._update_header()
        self.post_message(self.Changed())
        self._prefetch_next_page(columns)

    def _prefetch_next_page(self, columns: list[Column]) -> None:
        """While the reader is idle, wrap the next page of columns, so that > finds it drawn."""
        shown = len(columns) - 1
        coming = self._others()[self.first_other + shown:self.first_other + 2 * shown]
        self._prefetch = [
            (Ref(article_id, p.index), column.text_width)
            for article_id, column in zip(coming, columns[1:])
            for p in self.comparison.article(article_id).paragraphs
        ]
        if self._prefetch:
            self.set_timer(PREFETCH_PAUSE, self._prefetch_some)

    def _prefetch_some(self) -> None:
        painter, deadline = self.painter, time.perf_counter() + PREFETCH_SLICE
        while self._prefetch and painter is not None and time.perf_counter() < deadline:
            ref, width = self._prefetch.pop()
            painter.lines(ref, width)
        if self._prefetch:
            self.set_timer(PREFETCH_PAUSE, self._prefetch_some)

    def _update_header(self) -> None:
        pivot = self.comparison.article(self.pivot).label
        self.app.sub_title = f"{self.corpus} · {counted(len(self.comparison.articles), 'article')} · pivot {pivot} · {self.mode}"

    # Positions ----------------------------------------------------------------------------

    def _focused_column(self) -> Column:
        return self.view.focused_column

    def _anchors(self) -> tuple[Anchor, ...]:
        """Each visible column's top line, as a paragraph and the lines below its first."""
        out = []
        for column in self.columns:
            ref = column.top_ref()
            if ref is not None and (y := column.line_of(ref)) is not None:
                out.append(Anchor(ref, column.top - y))
        return tuple(out)

    def _go_to_anchors(self, anchors: tuple[Anchor, ...]) -> None:
        """Put the focused column's line at its top, the others following; in reading mode
        every column with a line of its own goes back to it."""
        columns = self.columns
        if not columns:
            return
        focused = self._focused_column()
        first = next((a for a in anchors if a.ref.article == focused.article_id), anchors[0] if anchors else None)
        holder = next((c for c in columns if first and c.article_id == first.ref.article), None)
        if holder is None:  # its article is not shown: the pivot's paragraph in the same row
            holder, ref = columns[0], self._pivot_ref_for(first.ref if first else None)
            y = (holder.line_of(ref) or 0) if ref else 0
        else:
            y = holder.line_at(first.ref, first.offset)
        self.view.move(holder, y)
        self._follow(holder)
        if self.mode == "reading":
            for column in columns:
                anchor = next((a for a in anchors if a.ref.article == column.article_id), None)
                if column is not holder and anchor and column.line_of(anchor.ref) is not None:
                    self.view.move(column, column.line_at(anchor.ref, anchor.offset))

    def _moved(self) -> None:
        """The reader moved: this is where a relayout comes back to, and what is saved."""
        self._wanted = self._anchors()
        self.post_message(self.Changed())

    def _pivot_ref_for(self, ref: Ref | None) -> Ref | None:
        """The pivot paragraph in the same row as `ref`."""
        index = self.comparison.row_index(self.pivot).get(ref)
        if index is None:
            return None
        return next((r for r in self.comparison.rows_for(self.pivot)[index] if r.article == self.pivot), None)

    def _scroll(self, leader: Column, y: int) -> None:
        self.view.move(leader, y)
        self._follow(leader)
        self._moved()

    def _follow(self, leader: Column) -> None:
        """Scroll the other columns with the leader: the same line when aligned, the linked
        paragraph in reading order."""
        view = self.view
        if self.mode == "aligned":
            for column in self.columns:
                if column is not leader:
                    view.move(column, leader.top)
            return
        index = self.comparison.row_index(self.pivot).get(leader.top_ref())
        if index is None:
            return
        rows = self.comparison.rows_for(self.pivot)
        for column in self.columns:
            if column is leader:
                continue
            # Their paragraph in the leader's row, or in the nearest row before it.
            for row in rows[index::-1]:
                theirs = next((r for r in row if r.article == column.article_id), None)
                if theirs is not None and (y := column.line_of(theirs)) is not None:
                    view.move(column, y)
                    break

    @on(ColumnsView.Scrolled)
    def _user_scrolled(self) -> None:
        self._follow(self._focused_column())
        self._moved()

    # Reading keys ---------------------------------------------------------------------------

    def action_row(self, direction: int) -> None:
        column = self._focused_column()
        self._scroll(column, column.next_block(direction))

    def action_page(self, direction: int) -> None:
        column = self._focused_column()
        page = max(1, self.view.scrollable_content_region.height - 2)
        self._scroll(column, column.top + direction * page)

    def action_edge(self, direction: int) -> None:
        column = self._focused_column()
        self._scroll(column, 0 if direction < 0 else len(column.lines))

    def action_focus_column(self, direction: int) -> None:
        columns = self.columns
        slot = columns.index(self._focused_column()) + direction
        if slot >= len(columns) and self._can_page(1):
            self.action_page_columns(1)
            return
        if slot < 1 and direction < 0 and self.first_other > 0:
            self.action_page_columns(-1)
            return
        self.action_focus_slot(max(0, min(slot, len(columns) - 1)))

    def action_focus_slot(self, slot: int) -> None:
        columns = self.columns
        if slot < len(columns):
            self.view.set_focus_slot(slot)
            self.say(f"column {slot + 1}: {self.comparison.article(columns[slot].article_id).label}")
        else:
            self.say(f"{len(columns)} columns shown: {slot + 1} is not one of them (c picks an article)")

    def action_pivot(self) -> None:
        article_id = self._focused_column().article_id
        if article_id == self.pivot:
            self.say("this column is already the pivot")
            return
        if self.comparison.rows_ready(article_id):
            self._pivot_to(article_id)
            return
        # Aligning 200 articles to another pivot takes a moment: the keys stay live meanwhile.
        self._pivot_wanted = article_id
        self.say(f"aligning to {self.comparison.article(article_id).label}…")
        comparison = self.comparison
        self._in_background("pivot", "align to another pivot", lambda stop: comparison.rows_for(article_id),
                            lambda _rows: self._aligned_to(comparison, article_id))

    def _aligned_to(self, comparison: Comparison, article_id: str) -> None:
        if comparison is self.comparison and article_id == self._pivot_wanted:  # the last asked for
            self._pivot_to(article_id)

    def _pivot_to(self, article_id: str) -> None:
        self.pivot = article_id
        self.first_other = 0
        self.view.focus_slot = 0
        self.relayout()  # the focused column's top paragraph stays in view
        self.say(f"pivot: {self.comparison.article(self.pivot).label}")

    def action_toggle_mode(self) -> None:
        mode, boilerplate = self._asked()
        self._switch("reading" if mode == "aligned" else "aligned", boilerplate)

    def action_toggle_boilerplate(self) -> None:
        mode, boilerplate = self._asked()
        self._switch(mode, not boilerplate)

    def _asked(self) -> tuple[str, bool]:
        """The mode and furniture last asked for: a layout still being made counts."""
        wish = self._switching
        return (wish.mode, wish.boilerplate) if wish else (self.mode, self.show_boilerplate)

    def _switch(self, mode: str, boilerplate: bool) -> None:
        """Lay the columns out in `mode`, furniture shown or folded. A big layout is made in a
        worker, `esc` calls it off; a key that asks again (m m, m z) calls off the layout no
        longer wanted and asks for the one the keys add up to, so the last wish wins and no
        stale layout is ever shown."""
        self._cancel_switch()
        text = _layout_text((mode, boilerplate), (self.mode, self.show_boilerplate))
        plan = self._plan(mode, boilerplate)
        if plan is None or (mode, boilerplate) == (self.mode, self.show_boilerplate):
            self.mode, self.show_boilerplate = mode, boilerplate  # the articles arrive laid out so
        elif not plan.wraps_more_than(LAYOUT_IN_BACKGROUND):
            self._show(plan, plan.columns())
        else:
            self._switching = plan
            self.say(f"laying out: {text}… (esc cancels)")
            self._in_background("layout", "lay out the columns", partial(plan.columns, big=True),
                                partial(self._laid_out, plan, text))
            return
        self.say(text)

    def _laid_out(self, plan: LayoutPlan, text: str, columns: list[Column] | None) -> None:
        if plan is not self._switching or columns is None:
            return
        self._switching = None
        now = self._plan(plan.mode, plan.boilerplate)
        if now is None or not plan.same_view(now):  # resized, paged or analysed meanwhile: lay out anew
            self._switch(plan.mode, plan.boilerplate)
            return
        from tui.widgets.column_fill import release

        old = self.view.columns
        self._show(plan, columns)
        self._in_background("release", "let the last layout go", lambda _stop: release(old), lambda _: None)
        self.say(text)

    def _cancel_switch(self) -> bool:
        """Call off the layout m or z asked for; whether there was one."""
        self.workers.cancel_group(self, "layout")
        switching, self._switching = self._switching, None
        return switching is not None

    def _can_page(self, direction: int) -> bool:
        others = len(self.comparison.articles) - 1
        shown = len(self.columns) - 1
        return 0 <= self.first_other + direction * shown and self.first_other + direction * shown < others

    def action_page_columns(self, direction: int) -> None:
        if not self._can_page(direction):
            self.say("no more columns that way")
            return
        self.first_other += direction * (len(self.columns) - 1)
        self.relayout()
        shown = self.visible_articles()[1:]
        first, last = self.first_other + 2, self.first_other + 1 + len(shown)
        self.say(f"column {first} of {len(self.comparison.articles)}" if first == last
                 else f"columns {first}–{last} of {len(self.comparison.articles)}")

    def show_article(self, article_id: str) -> None:
        """Make an article visible: the pivot stays, the others page to it."""
        if article_id == self.pivot or article_id in self.visible_articles():
            return
        self.first_other = self._others().index(article_id)
        self.relayout()

    def action_pick_columns(self) -> None:
        shown = self.visible_articles()
        choices = []
        for n, a in enumerate(self.comparison.articles, 1):
            mark = "◆" if a.id == shown[0] else "✓" if a.id in shown else " "
            choices.append((a.id, f"{mark} {n:>3}  {_outlet_and_title(a)}"))

        def chosen(article_id: str | None) -> None:
            if article_id:
                self.show_article(article_id)
                slot = self.visible_articles().index(article_id)
                self.view.set_focus_slot(slot)
                self.say(f"column {slot + 1}: {self.comparison.article(article_id).label}")

        self.app.push_screen(Picker("Show which article? (type to filter, Enter)", choices, filtered=True), chosen)

    def action_copy(self) -> None:
        """The focused column's top paragraph, with its outlet and title, to the clipboard
        (OSC 52: it works over SSH too)."""
        ref = self._focused_column().top_ref()
        if ref is None:
            return
        article = self.comparison.article(ref.article)
        self.app.copy_to_clipboard(f"{_outlet_and_title(article)}\n\n{article.paragraphs[ref.paragraph].text}\n")
        self.say(f"copied paragraph {ref.paragraph + 1} of {article.label}")

    # The names sidebar ----------------------------------------------------------------------

    def action_toggle_sidebar(self) -> None:
        self.sidebar_wanted = not self.sidebar.display
        self._show_sidebar(self.sidebar_wanted)
        if not self.sidebar_wanted:
            self.view.focus()  # the view's resize lays the columns out again

    def action_focus_sidebar(self) -> None:
        if self.sidebar.display and self.sidebar.filter_has_focus():
            self.view.focus()
            return
        if not self.sidebar.display:
            self.action_toggle_sidebar()
        self.sidebar.focus_filter()

    @on(EntitySidebar.Jump)
    def _jump_to_entity(self, message: EntitySidebar.Jump) -> None:
        entity = self.entity = message.entity
        self.view.focus()  # n / N walk on from here; tab goes back to the names
        self.start_walk(entity.name, "mention", [Hit(m.article, m.paragraph, m.start, m.end) for m in entity.mentions])

    @on(EntitySidebar.Merge)
    def _merge(self, message: EntitySidebar.Merge) -> None:
        self.view.focus()
        self.app.correct_entities(merge=(message.first.name, message.second.name))
        self.say(f"merging {message.first.name} and {message.second.name}…")

    def action_merge_entity(self) -> None:
        if not self._entity_chosen():
            return
        if not self.sidebar.display:
            self.action_toggle_sidebar()
        self.sidebar.choose_merge_partner(self.entity)
        self.say(f"merge {self.entity.name} with…: choose the other name and press Enter (Esc cancels)")

    def action_split_entity(self) -> None:
        entity = self.entity
        if not self._entity_chosen():
            return
        if len(entity.variants) < 2:
            self.say(f"{entity.name} has one spelling: nothing to split out")
            return

        def chosen(variant: str | None) -> None:
            if variant:
                self.entity = None
                self.app.correct_entities(split=variant)
                self.say(f"splitting “{variant}” out of {entity.name}…")

        choices = [(v, f"{v}  ({sum(m.text == v for m in entity.mentions)})") for v in entity.variants]
        self.app.push_screen(Picker(f"Split which spelling out of {entity.name}?", choices), chosen)

    def action_undo_correction(self) -> None:
        steps = self.app.corrections.steps
        if not steps:
            self.say("no merge or split to undo")
            return
        self.undo_corrections(len(steps) - 1, steps[-1])

    def undo_corrections(self, first: int, step: tuple[str, ...]) -> None:
        """Undo the correction `step`, the `first` made, and every one made after it: a later
        correction was made on the names as the earlier left them (a split of a spelling a
        merge brought), so it cannot stand without it."""
        steps = self.app.corrections.steps
        if first >= len(steps) or steps[first] != step:  # undone since the palette listed it
            self.say(f"{correction_text(step)} is already undone")
            return
        later = len(steps) - first - 1
        self.say(f"undoing {correction_text(step)}{f' and the {later} made after it' if later else ''}…")
        self.app.correct_entities(keep=first)

    def _entity_chosen(self) -> bool:
        """Whether a name was jumped to, which M and S correct; if not, how to choose one."""
        if self.entity is None:
            self.say("choose a name first: tab, then Enter on it")
        return self.entity is not None

    # Divergences and unique passages ---------------------------------------------------------

    def action_divergence(self, direction: int) -> None:
        divergences = self.comparison.divergences
        if not divergences:
            self.say(NO_DIVERGENCES if self.analysed else "still analysing…")
            return
        self.divergence_index = (self.divergence_index + direction) % len(divergences)
        d = divergences[self.divergence_index]
        sides = [Hit(s.article, s.paragraph, s.start, s.end) for s in d.sides]
        self._mark(sides)
        self.show_article(next((s for s in sides if s.article != self.pivot), sides[0]).article)
        self._go_to_place(sides)
        head = f"divergence {self.divergence_index + 1}/{len(divergences)}: "
        self.say(head + self.told(d, self.size.width - 2 - len(head)))

    def told(self, divergence: Divergence, room: int) -> str:
        """A divergence's summary in `room` characters if it can be: an article named as its
        column's header names it, shortened as far as needed, and more than two counted."""
        def naming(width: int) -> Callable[[tuple[str, ...]], str]:
            def name(articles: tuple[str, ...]) -> str:
                if len(articles) > 2:
                    return counted(len(articles), "article")
                return ", ".join(shortened(self.comparison.article(a).label, width) for a in articles)
            return name
        told = ""
        for width in LABEL_IN_STATUS:
            told = divergence.told(naming(width))
            if len(told) <= room:
                break
        return told

    def action_unique(self, direction: int) -> None:
        if self.painter is None:
            return
        column = self._focused_column()
        places = self._unique_places(column.article_id)
        if not places:
            self.say("nothing only this article says" if self.analysed else "still analysing…")
            return
        top = column.top_ref()
        if self.unique_index < 0 and top is not None:
            later = [i for i, p in enumerate(places) if (p.paragraph, p.start) > (top.paragraph, -1)]
            self.unique_index = (later[0] - 1 if later else len(places) - 1) if direction > 0 else (later[0] if later else 0)
        self.unique_index = (self.unique_index + direction) % len(places)
        hit = places[self.unique_index]
        self._mark([hit])
        self._go_to_place([hit])
        label = self.comparison.article(column.article_id).label
        self.say(f"unique passage {self.unique_index + 1}/{len(places)} in {label}")

    def _unique_places(self, article_id: str) -> list[Hit]:
        article = self.comparison.article(article_id)
        out = []
        for p in article.paragraphs:
            if p.kind != "body":
                continue
            for sentence, mark in zip(p.sentences, self.painter.marks(Ref(article_id, p.index))):
                if mark.glyph == "+":
                    out.append(Hit(article_id, p.index, sentence.start, sentence.end))
        return out

    # Search and walks -----------------------------------------------------------------------

    async def action_search(self) -> None:
        box = self._search_box()
        if box is None:
            box = TextBox(placeholder="search all articles (Enter: find, Esc: cancel)", id="search", max_length=MAX_SEARCH)
            await self.mount(box, before=self.query_one(KeyBar))
        box.display = True
        box.value = self.last_search
        box.focus()
        box.select_all()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        box = event.input
        box.display = False
        query = event.value.strip()
        self.view.focus()
        if not query:
            return
        self.last_search = query
        self.post_message(self.Changed())
        # In a worker: a 20 MB article takes seconds, and the keys stay live meanwhile.
        self.say(f"searching for “{query}”… (esc cancels)")
        self._run_search(query)

    def _run_search(self, query: str) -> None:
        self._in_background("search", "search", partial(find_hits, self.comparison, query),
                            partial(self._found, self.comparison, query))

    def _found(self, comparison: Comparison, query: str, found: tuple[list[Hit], bool]) -> None:
        hits, fuzzy = found
        if comparison is not self.comparison:  # a new analysis came meanwhile: search it anew
            self._run_search(query)
            return
        if not hits:
            self.walk = None
            self._mark([])
            self.say(f"no match for “{query}”")
            return
        self.start_walk(f"“{query}”" + (" (fuzzy)" if fuzzy else ""), "hit", hits)

    def action_facts(self) -> None:
        """Who reports what; the fact chosen is walked like a search's hits."""
        if not self.comparison.facts:
            self.say("no facts yet" if not self.analysed else "no body sentences to group into facts")
            return

        def chosen(fact_id: str | None) -> None:
            fact = next((f for f in self.comparison.facts if f.id == fact_id), None)
            if fact is not None:
                places = [Hit(p.article, p.paragraph, p.start, p.end) for p in fact.places]
                self.start_walk(f"{fact.id} ({len(fact.articles)}/{len(self.comparison.articles)})", "place", places)

        self._prepare_facts_view()
        self.app.push_screen("facts", chosen)

    def _prepare_facts_view(self) -> None:
        """The Facts view, built when the analysis arrives and kept; a new analysis (a
        correction) is given to it at once, even while it is open: `f` finds it ready."""
        from tui.screens.facts import FactsScreen

        comparison = self.comparison
        if not self.app.is_screen_installed("facts"):
            self.app.install_screen(FactsScreen(comparison), "facts")
            self.call_after_refresh(self._mount_facts_view)
        view = self.app.get_screen("facts")
        if view.comparison is not comparison:
            view.show(comparison)

    def _mount_facts_view(self) -> None:
        """Mount the Facts view once the analysis is drawn: pushed and popped before the next
        frame, it is never seen, and `f` then shows it without composing and laying it out."""
        view = self.app.get_screen("facts")
        if not view.is_running:  # not opened meanwhile
            self.app.push_screen(view)
            self.app.pop_screen()
            # A screen's first frame waits a whole frame period for its update timer, which
            # Textual starts on its own clock: started now, unseen, it draws f's frame at once.
            # (Textual's private timer: should it go, only the first opening waits that frame.)
            timer = getattr(view, "_update_timer", None)
            if timer is not None:
                timer.resume()

    def start_walk(self, name: str, noun: str, places: list[Hit]) -> None:
        """Underline every place and step through them with n / N, from the first."""
        self.walk = Walk(name, noun, places)
        self.action_walk(1)

    def action_walk(self, direction: int) -> None:
        walk = self.walk
        if not walk or not walk.places:
            self.say("nothing to step through: / searches")
            return
        walk.index = (walk.index + direction) % len(walk.places)
        hit = walk.places[walk.index]
        self.show_article(hit.article)
        self._mark([hit], walk.places)
        self._go_to_place([hit])
        self.say(f"{walk.name} · {walk.noun} {walk.index + 1}/{len(walk.places)} · {hit.article}")

    def _search_box(self) -> Input | None:
        return next(iter(self.query("#search").results(Input)), None)

    def action_clear(self) -> None:
        box = self._search_box()
        if box is not None and box.display:
            box.display = False
            self.view.focus()
            return
        searching = [w for w in self.workers if w.group == "search" and w.is_running]
        if searching:
            self.workers.cancel_group(self, "search")
            self.say("search cancelled")
            return
        if self._cancel_switch():
            self.say(f"layout cancelled: still {_layout_text((self.mode, self.show_boilerplate))}")
            return
        self.walk = None
        self.sidebar.merging = None
        self.view.focus()
        self._mark([])
        self.say("")

    def _mark(self, current: list[Hit], every: list[Hit] = ()) -> None:
        """Reverse `current`, underline `every`, repainting only the paragraphs that change:
        marks never change how a paragraph wraps."""
        before = (self.highlights, self.marked)
        self.highlights, self.marked = ranges(current), ranges(every)
        self._repaint_marks(*before)

    def _repaint_marks(self, highlights: Marks, marked: Marks) -> None:
        """Repaint the paragraphs whose marks are no longer `highlights` and `marked`."""
        if self.painter is None:
            return
        changed = set(highlights) | set(marked) | set(self.highlights) | set(self.marked)
        for column in self.columns:
            for ref in changed:
                if ref.article == column.article_id and (y := column.line_of(ref)) is not None:
                    width = column.text_width
                    old = self.painter.lines(ref, width, highlights.get(ref, ()), marked.get(ref, ()))
                    column.lines[y:y + len(old)] = self.painter.lines(
                        ref, width, self.highlights.get(ref, ()), self.marked.get(ref, ()))
        self.view.refresh()

    def _go_to_place(self, hits: list[Hit]) -> None:
        """Scroll to the first of `hits` that a visible column holds, and focus its column."""
        for hit in hits:
            column = next((c for c in self.columns if c.article_id == hit.article), None)
            if column is not None and (y := column.line_of(Ref(hit.article, hit.paragraph))) is not None:
                self.view.set_focus_slot(column.slot)
                self._scroll(column, max(0, y - 1))
                return

    # Status ------------------------------------------------------------------------------

    def say(self, message: str) -> None:
        # Up to two lines (a divergence's two sides at 80 columns): the layout is asked for
        # only when the height changes, so a message of one line after another costs none.
        # Messages quote names, queries and config values: shown safely (tui.core.sanitize).
        message = visible(message)
        lines = 1 if len(message) <= max(1, self.size.width - 2) else 2
        for status in self.query("#status").results(Static):  # none while the app closes with keys queued
            status.update(message, layout=lines != self._status_lines)
            self._status_lines = lines

    @property
    def status(self) -> str:
        return str(self.query_one("#status", Static).render())

    # Work in the background -------------------------------------------------------------------

    def _in_background(self, group: str, description: str, work: Callable[[Stop], Done], done: Callable[[Done], None]) -> None:
        """`work(stop)` in a thread worker, the last asked for in its group; `done(result)` on the
        screen unless it was called off (`stop()` then answers True). The description, or
        Textual would describe the worker by the repr of its arguments (a whole Comparison)."""
        self.run_worker(partial(self._work, work, done), description=description, thread=True, exclusive=True, group=group)

    def _work(self, work: Callable[[Stop], Done], done: Callable[[Done], None]) -> None:
        worker = get_current_worker()
        result = work(lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(done, result)


def _layout_text(wanted: tuple[str, bool], shown: tuple[str, bool] = ()) -> str:
    """What a layout changes from the one `shown` ("reading mode", "furniture shown"), or
    all it is when it changes nothing."""
    mode, boilerplate = wanted
    parts = [f"{mode} mode", f"furniture {'shown' if boilerplate else 'folded'}"]
    return ", ".join([part for part, a, b in zip(parts, wanted, shown) if a != b] or parts)


def correction_text(step: tuple[str, ...]) -> str:
    """("merge", a, b) / ("split", spelling) as the status line says them."""
    return f"the merge of {step[1]} and {step[2]}" if step[0] == "merge" else f"the split of “{step[1]}”"


def _outlet_and_title(article: Article) -> str:
    """"outlet — full title", or whichever of them the article has."""
    return " — ".join(dict.fromkeys(x for x in (article.source, article.title) if x)) or article.label
