"""Textual's command palette, guarded against two failures inside Textual 8.2 that fast
typing in it brings out.

- `pageup` / `pagedown` while its list has options but no lines laid out yet (the list is
  hidden until the first results show, which fast typing outruns) look up a line that does
  not exist: a KeyError in `OptionList._move_page`. Until the list is laid out they do nothing.
- A search of the commands that ends as the palette closes shows its results in a list that
  is already gone: NoMatches in `_watch__list_visible`. A palette that lost its list has
  nothing to show.
- Two commands chosen in quick succession dismiss the palette twice, and the second
  `dismiss` pops the screen below it (the reader): only the palette on top dismisses itself.
- Choosing a command leaves the "no matches" countdown running; when it ends the list is
  gone (NoMatches in `_show_no_matches`): a dismissed palette stops it and its search.
- A palette opened and closed by keys faster than it mounts starts gathering the commands
  after its list is gone (NoMatches in `_gather_commands`): a palette without its list
  gathers nothing.
"""

from __future__ import annotations

from textual import work
from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette

from tui.widgets.options import laid_out


class Palette(CommandPalette):
    def _action_command_list(self, action: str) -> None:
        listing = self.query(CommandList)
        if action.startswith("page_") and not (listing and laid_out(listing.first())):
            return
        super()._action_command_list(action)

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        if self.query(CommandList):
            await CommandPalette._gather_commands.__wrapped__(self, search_value)

    def _watch__list_visible(self) -> None:
        if self.query(CommandList):
            super()._watch__list_visible()

    def dismiss(self, result=None) -> AwaitComplete | None:
        if not self.is_active:
            return None
        self._cancel_gather_commands()
        self._stop_no_matches_countdown()
        return super().dismiss(result)
