"""A modal list to choose one thing from: an article to show, a variant to split out."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class Picker(ModalScreen[str | None]):
    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close", id="close-picker")]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        """`choices`: (id returned when chosen, the line shown)."""
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        picker = OptionList(*[Option(label, id=key) for key, label in self.choices], id="picker")
        picker.border_title = self.title_text
        yield picker

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.is_active:  # a second quick Enter would dismiss the screen below instead
            self.dismiss(event.option.id)
