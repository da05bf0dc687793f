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
    ("⋯", "folded furniture: captions, bylines, links (z shows)"),
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
        keys = []  # (key, what it does, binding id)
        for binding in [*self.reader.BINDINGS, *self.app.BINDINGS]:
            if not isinstance(binding, Binding) or not binding.id:
                continue
            if binding.id == "column-1":
                keys.append(("1 … 9", "Column n", "column-1 … column-9"))
            elif not binding.id.startswith("column-") or binding.id in ("column-left", "column-right"):
                keys.append((key_label(keymap.get(binding.id, binding.key)), binding.description, binding.id))
        keys.append(("ctrl+p", "Commands", "command-palette"))
        # columns as wide as their longest entry: a remapped key or a long description stays in line
        key_width, description_width = (max(len(k[i]) for k in keys) for i in (0, 1))
        rows += [f"  {key:<{key_width}}  {description:<{description_width}}  [{binding_id}]"
                 for key, description, binding_id in keys]
        rows += ["", "Esc, q or ? closes this screen."]
        with VerticalScroll(id="help-body"):
            yield Static("\n".join(rows), markup=False)

    def action_scroll(self, how: str) -> None:
        """The reader's keys move through help as through an article."""
        for body in self.query("#help-body").results(VerticalScroll):  # none yet, or none left, in a burst of keys
            getattr(body, f"scroll_{how}")(animate=False)
