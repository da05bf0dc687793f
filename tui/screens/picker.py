"""A modal list to choose one thing from: an article to show, a variant to split out."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.widgets.options import Options
from tui.widgets.text_box import TextBox


class Picker(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="close-picker"),  # q types in the filter
        Binding("down", "move('cursor_down')", show=False),
        Binding("up", "move('cursor_up')", show=False),
    ]

    def __init__(self, title: str, choices: list[tuple[str, str]], filtered: bool = False) -> None:
        """`choices`: (id returned when chosen, the line shown); `filtered`: a box above the
        list keeps the lines holding what is typed (for long lists: 200 articles). The lines
        and the title quote titles and names: shown as plain text, never read as markup."""
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.filtered = filtered

    def compose(self) -> ComposeResult:
        picker = Options(*self._options(""), id="picker")
        picker.border_title = Content(self.title_text)
        with Vertical(id="picker-box"):
            if self.filtered:
                yield TextBox(placeholder="filter", id="picker-filter")
            yield picker

    def _options(self, query: str) -> list[Option]:
        needle = query.casefold().strip()
        return [Option(Content(label), id=key) for key, label in self.choices if needle in label.casefold()]

    def on_input_changed(self, event: Input.Changed) -> None:
        picker = self.query_one("#picker", OptionList)
        picker.clear_options()
        picker.add_options(self._options(event.value))
        picker.highlighted = 0 if picker.option_count else None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_move("select")

    def action_move(self, how: str) -> None:
        for picker in self.query("#picker").results(OptionList):  # none left while it closes, in a burst of keys
            getattr(picker, f"action_{how}")()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.is_active:  # a second quick Enter would dismiss the screen below instead
            self.dismiss(event.option.id)
