"""Textual's OptionList, with page keys that wait until the list is laid out.

Before its first layout (a list just shown, or hidden, with keys typed ahead) Textual 8's
page move looks up a line that does not exist: a KeyError in `OptionList._move_page`. Until
the list has a size, a page key does nothing.
"""

from __future__ import annotations

from textual.widgets import OptionList


class Options(OptionList):
    def action_page_down(self) -> None:
        if self.scrollable_content_region:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.scrollable_content_region:
            super().action_page_up()
