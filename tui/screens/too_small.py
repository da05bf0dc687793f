"""Shown over everything while the terminal is too small to lay the reader out.

Widgets laid out in no room at all fail inside Textual (an option list with no lines,
columns of no width); while this screen is on top no key reaches them, and it goes
away by itself when the terminal grows again.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

MIN_WIDTH, MIN_HEIGHT = 20, 8  # the smallest terminal the reader lays out: a column, its header, status, footer


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmall(Screen):
    DEFAULT_CSS = "TooSmall { overflow: hidden; }"  # the note wraps between words

    def compose(self) -> ComposeResult:
        yield Static(f"enlarge the terminal (at least {MIN_WIDTH}×{MIN_HEIGHT}) · q quits", markup=False)
