"""The screen's key hints on one line, drawn by one widget.

Textual's Footer mounts a widget per key and mounts them all again whenever the bindings
change (a focus change, a key that becomes available): on the reader's first frame that
was a third of the time to draw it. Here the hints are one line of text, repainted when the
screen says its bindings changed; a click on a hint presses its key.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import events
from textual.widget import Widget


class Hint(NamedTuple):
    key: str  # the key to press, as Textual names it
    label: str  # how the key is shown
    description: str
    enabled: bool  # shown dimmed when the key does nothing here and now


class KeyBar(Widget, can_focus=False):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .key-bar--key { color: $footer-key-foreground; background: $footer-key-background; text-style: bold; }
    KeyBar > .key-bar--description { color: $footer-description-foreground; background: $footer-description-background; }
    KeyBar > .key-bar--disabled { text-style: dim; }
    """
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--disabled"}

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, str]] = []  # (start, end, key) of each hint drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, lambda _screen: self.refresh())

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def hints(self) -> tuple[list[Hint], Hint | None]:
        """The keys shown, left to right, and the command palette's key (shown on the right)."""
        app = self.app
        shown: dict[str, Hint] = {}  # by action: an action bound to several keys shows its first
        palette = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            hint = Hint(binding.key, app.get_key_display(binding), binding.description, enabled)
            if binding.action == "command_palette":
                palette = palette or (hint if app.ENABLE_COMMAND_PALETTE else None)
            elif binding.show:
                shown.setdefault(binding.action, hint)
        return list(shown.values()), palette

    def render(self) -> Text:
        shown, palette = self.hints()
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        disabled = self.get_component_rich_style("key-bar--disabled")
        width = self.size.width
        right = self._hint_text(palette, key_style, description_style, disabled) if palette else Text()
        line, self._spans = Text(no_wrap=True, overflow="crop"), []
        for hint in shown:
            text = self._hint_text(hint, key_style, description_style, disabled)
            if line.cell_len + text.cell_len > width - right.cell_len:
                break  # a hint cut in half reads as another word: leave it out
            self._spans.append((line.cell_len, line.cell_len + text.cell_len, hint.key))
            line.append_text(text)
        if palette:
            line.pad_right(max(0, width - right.cell_len - line.cell_len))
            self._spans.append((line.cell_len, line.cell_len + right.cell_len, palette.key))
            line.append_text(right)
        return line

    @staticmethod
    def _hint_text(hint: Hint, key_style, description_style, disabled) -> Text:
        text = Text.assemble((f" {hint.label} ", key_style), (f"{hint.description} ", description_style))
        if not hint.enabled:
            text.stylize(disabled)
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
