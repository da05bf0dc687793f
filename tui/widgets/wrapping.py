"""Word wrapping by terminal cells, as offsets into the text.

The column draws thousands of paragraphs when a page of articles comes into view; wrapping
to offsets (not to styled Content lines) lets it cut its own style runs at the breaks and
make one Strip per line. Pure: no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.cells import cell_len as _cell_len
from rich.cells import get_character_cell_size

_WORD = re.compile(r"\S+")


def wrap(text: str, width: int, cell_len: Callable[[str], int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` wrapped to `width` cells: breaks at spaces, the
    spaces at a break dropped, newlines kept as breaks, words wider than a line cut.
    `cell_len` is `measure(text)`, for a caller that has it already."""
    width = max(1, width)
    cell_len = cell_len or measure(text)
    lines: list[tuple[int, int]] = []
    offset = 0
    for part in text.split("\n"):
        lines.extend((offset + a, offset + b) for a, b in _wrap_line(part, width, cell_len))
        offset += len(part) + 1
    return lines


def measure(text: str) -> Callable[[str], int]:
    """How to count the cells of pieces of `text`: by characters when each takes one cell,
    as in most news text (curly quotes and accents included)."""
    if text.isascii() or all(get_character_cell_size(c) == 1 for c in set(text)):
        return len
    return _cell_len


def _wrap_line(text: str, width: int, cell_len: Callable[[str], int]) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start = end = None  # the line being filled: its first word's start, its last word's end
    used = 0  # cells from `start` to `end`
    for word in _WORD.finditer(text):
        a, b = word.span()
        cells = cell_len(word.group())
        if start is not None:
            gap = cell_len(text[end:a])
            if used + gap + cells <= width:
                end, used = b, used + gap + cells
                continue
            lines.append((start, end))
            start = None
        if cells <= width:
            start, end, used = a, b, cells
            continue
        for piece_start, piece_end in _cut(text, a, b, width):  # a word wider than a line
            if start is not None:
                lines.append((start, end))
            start, end, used = piece_start, piece_end, cell_len(text[piece_start:piece_end])
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def _cut(text: str, a: int, b: int, width: int) -> list[tuple[int, int]]:
    """A word in pieces of at most `width` cells (a wide character never split)."""
    pieces, start, used = [], a, 0
    for i in range(a, b):
        cells = _cell_len(text[i])
        if used + cells > width and i > start:
            pieces.append((start, i))
            start, used = i, 0
        used += cells
    pieces.append((start, b))
    return pieces
