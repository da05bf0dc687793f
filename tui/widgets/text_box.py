"""Textual's Input, with backspace taken in the order the keys were typed.

Input types a letter as it reads the key, but backspace is a binding, run only once the key
has bubbled up to the app; behind a list refilled at every change (the names filter), the
letters typed after a backspace got in first and the backspaces then deleted them ("Comeaux",
eight backspaces and "Texas" typed quickly left "Come"). Here backspace acts as it is read.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class TextBox(Input):
    def _on_key(self, event: events.Key) -> None:
        if event.key == "backspace":
            event.stop()
            event.prevent_default()  # Input's own key handler and binding: done here
            self.action_delete_left()
