"""Textual's OptionList, with page keys that wait until the list is laid out.

Before its first layout (a list just shown, or hidden, with keys typed ahead) Textual 8's
page move looks up a line that does not exist: a KeyError in `OptionList._move_page`. Until
the list has a size, a page key does nothing.
"""

from __future__ import annotations

from textual.widgets import OptionList


def laid_out(listing: OptionList) -> bool:
    """Whether a page key can move in `listing`: it has a size to page by."""
    return bool(listing.scrollable_content_region)


class Options(OptionList):
    def action_page_down(self) -> None:
        if laid_out(self):
            super().action_page_down()

    def action_page_up(self) -> None:
        if laid_out(self):
            super().action_page_up()
