"""The help screen: every key of the reader, by its binding id, and what the marks mean."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

MARKS = [
    ("=", "every article reports this sentence"),
    ("≈k", "k articles report it (k of n)"),
    ("+", "only this article says it (also in italics)"),
    ("≠k", "k articles disagree here (also bold, underlined)"),
    ("⋯", "folded site furniture: captions, bylines, related stories (z shows)"),
    ("◆", "the pivot column: aligned rows follow its order"),
]


def key_label(keys: str) -> str:
    """Keys as the reader types them: `]`, not "right_square_bracket"."""
    names = {"right_square_bracket": "]", "left_square_bracket": "[", "right_curly_bracket": "}",
             "left_curly_bracket": "{", "less_than_sign": "<", "greater_than_sign": ">", "slash": "/",
             "question_mark": "?", "space": "space", "pagedown": "PgDn", "pageup": "PgUp"}
    return " ".join(names.get(k, k) for k in keys.split(","))


class HelpScreen(ModalScreen):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="close-help"),
        Binding("j,down", "scroll('down')", "Down", id="help-down", show=False),
        Binding("k,up", "scroll('up')", "Up", id="help-up", show=False),
        Binding("space,pagedown", "scroll('page_down')", "Page down", id="help-page-down", show=False),
        Binding("b,pageup", "scroll('page_up')", "Page up", id="help-page-up", show=False),
        Binding("g,home", "scroll('home')", "Top", id="help-top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", id="help-bottom", show=False),
    ]

    def __init__(self, reader: Screen) -> None:
        super().__init__()
        self.reader = reader

    def compose(self) -> ComposeResult:
        rows = ["Marks in the gutter", ""]
        rows += [f"  {glyph:<4} {meaning}" for glyph, meaning in MARKS]
        rows += ["", "Keys (binding id in brackets; remap them in config.toml)", ""]
        keymap = self.app._keymap
        for binding in [*self.reader.BINDINGS, *self.app.BINDINGS]:
            if isinstance(binding, Binding) and binding.id:
                keys = key_label(keymap.get(binding.id, binding.key))
                if binding.id == "column-1":
                    rows.append(f"  {'1 … 9':<14} {'Column n':<18} [column-1 … column-9]")
                elif not binding.id.startswith("column-") or binding.id in ("column-left", "column-right"):
                    rows.append(f"  {keys:<14} {binding.description:<18} [{binding.id}]")
        rows.append(f"  {'ctrl+p':<14} {'Commands':<18} [command-palette]")
        rows += ["", "Esc, q or ? closes this screen."]
        with VerticalScroll(id="help-body"):
            yield Static("\n".join(rows), markup=False)

    def action_scroll(self, how: str) -> None:
        """The reader's keys move through help as through an article."""
        for body in self.query("#help-body").results(VerticalScroll):  # none yet, or none left, in a burst of keys
            getattr(body, f"scroll_{how}")(animate=False)
