"""The people, places and organisations of the story: filter, pick, jump, correct."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.core.model import Comparison, Entity
from tui.core.sanitize import visible
from tui.core.wording import shortened
from tui.widgets.options import Options
from tui.widgets.text_box import TextBox

GROUPS = (("person", "People"), ("place", "Places"), ("org", "Organisations"), ("other", "Other names"))
MAX_ARTICLE_MARKS = 12
LIST_WIDTH = 31  # the sidebar's 32 columns less its border, until the list is laid out


class EntitySidebar(Vertical):
    """Type to filter, ↑/↓ to choose, Enter to jump to the name (or, while merging, to merge)."""

    BINDINGS = [
        Binding("down", "move(1)", "Next name", id="entity-down", show=False),
        Binding("up", "move(-1)", "Previous name", id="entity-up", show=False),
        Binding("enter", "jump", "Jump", id="entity-jump", show=False),
    ]

    class Jump(Message):
        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    class Merge(Message):
        def __init__(self, first: Entity, second: Entity) -> None:
            super().__init__()
            self.first, self.second = first, second

    def __init__(self) -> None:
        super().__init__(id="sidebar")
        self.comparison = Comparison(articles=())
        self.by_id: dict[str, Entity] = {}
        self.merging: Entity | None = None
        self._count_width = 1

    def compose(self) -> ComposeResult:
        return iter(())  # the filter and the list are built when the sidebar is first shown

    def _ensure_built(self) -> bool:
        """Build the filter and the list if the sidebar is shown; whether they exist."""
        if not self.children and self.display:
            self.mount(TextBox(placeholder="filter names", id="entity-filter"), Options(id="entity-list"))
            # the filter as it is then: what was typed meanwhile is kept, not refilled over
            self.call_after_refresh(self._refill)
            return False
        return bool(self.children)

    def show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.by_id = {e.id: e for e in comparison.entities}
        self._count_width = len(str(max((len(e.mentions) for e in comparison.entities), default=0)))
        if self._ensure_built():
            self._refill()

    def _refill(self) -> None:
        self._fill(self.query_one("#entity-filter", Input).value)

    def _fill(self, query: str) -> None:
        needle = query.casefold().strip()
        listing = self.query_one("#entity-list", OptionList)
        highlighted = listing.highlighted_option.id if listing.highlighted_option else None
        options: list[Option] = []
        for kind, title in GROUPS:
            chosen = [e for e in self.comparison.entities if e.kind == kind and _matches(e, needle)]
            if chosen:
                options.append(Option(f"{title} ({len(chosen)})", disabled=True))
                # room is kept for the scrollbar, which appears only once the options are in
                width = (listing.size.width or LIST_WIDTH) - listing.styles.scrollbar_size_vertical
                options += [Option(Content(self._line(e, width)), id=e.id) for e in chosen]
        listing.clear_options()
        listing.add_options(options)
        ids = [o.id for o in options]
        if highlighted is not None and highlighted in ids:
            listing.highlighted = ids.index(highlighted)
        else:
            listing.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)
        # Names and the query are plain text, never markup.
        listing.border_title = Content(f"{len(self.by_id)} names" if not needle else f"“{visible(query)}”")

    def _line(self, entity: Entity, width: int) -> str:
        """Name, mentions, and the articles that name it, in columns that line up."""
        articles = self.comparison.articles
        mentioned = {m.article for m in entity.mentions}
        if len(articles) <= MAX_ARTICLE_MARKS:
            marks = "".join("●" if a.id in mentioned else "·" for a in articles)
        else:
            marks = f"{len(mentioned):>{len(str(len(articles)))}}/{len(articles)}"
        count = max(3, self._count_width)
        room = max(8, width - count - len(marks) - 2)
        return f"{shortened(entity.name, room):<{room}} {len(entity.mentions):>{count}} {marks}"

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_jump()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_jump()

    @property
    def current(self) -> Entity | None:
        option = self.query_one("#entity-list", OptionList).highlighted_option
        return self.by_id.get(option.id) if option and option.id else None

    def action_move(self, step: int) -> None:
        listing = self.query_one("#entity-list", OptionList)
        (listing.action_cursor_down if step > 0 else listing.action_cursor_up)()

    def action_jump(self) -> None:
        entity = self.current
        if entity is None:
            return
        if self.merging is not None and self.merging.id != entity.id:
            first, self.merging = self.merging, None
            self.post_message(self.Merge(first, entity))
        else:
            self.merging = None
            self.post_message(self.Jump(entity))

    def choose_merge_partner(self, entity: Entity) -> None:
        """The next name chosen with Enter merges with `entity`."""
        self.merging = entity
        self.focus_filter()

    def focus_filter(self) -> None:
        if self._ensure_built():
            self.query_one("#entity-filter", Input).focus()
        else:
            self.call_after_refresh(lambda: self.query_one("#entity-filter", Input).focus())

    def filter_has_focus(self) -> bool:
        return bool(self.children) and self.query_one("#entity-filter", Input).has_focus


def _matches(entity: Entity, needle: str) -> bool:
    return not needle or any(needle in v.casefold() for v in entity.variants)
