"""Pick which article to show next to the pivot; lists every article, marking the visible ones."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.model import Comparison


class ColumnPicker(ModalScreen[str | None]):
    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close", id="close-picker")]

    def __init__(self, comparison: Comparison, shown: list[str]) -> None:
        super().__init__()
        self.comparison = comparison
        self.shown = shown

    def compose(self) -> ComposeResult:
        options = []
        for n, a in enumerate(self.comparison.articles, 1):
            mark = "◆" if a.id == self.shown[0] else "✓" if a.id in self.shown else " "
            title = (a.title or a.paragraphs[0].text if a.paragraphs else "")[:60]
            options.append(Option(f"{mark} {n:>3}  {a.label}  {title}", id=a.id))
        picker = OptionList(*options, id="column-picker")
        picker.border_title = "Show which article? (Enter)"
        yield picker

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
