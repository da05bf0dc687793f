"""Columns filled with painted lines from the layout.

Aligned: each row's cells padded to its tallest, so a row starts on one line in every
column. Reading: each article in its own order. Every line knows the paragraph it shows and
every block the line it starts on, which is how the columns scroll in step.
"""

from __future__ import annotations

from tui.core.model import Ref
from tui.widgets.columns_view import Column
from tui.widgets.layout import AlignedRow, Block
from tui.widgets.paragraph_lines import Line, Painter

Marks = dict[Ref, tuple[tuple[int, int], ...]]  # character ranges by paragraph


class ColumnFiller:
    def __init__(self, painter: Painter, highlights: Marks, mentions: Marks) -> None:
        self.painter = painter
        self.highlights = highlights  # shown reversed: the place the reader is at
        self.mentions = mentions  # shown underlined: every place of the walk

    def aligned(self, columns: list[Column], rows: list[AlignedRow]) -> None:
        lines: list[list[Line]] = [[] for _ in columns]
        refs: list[list[Ref | None]] = [[] for _ in columns]
        starts: list[int] = []
        for row in rows:
            starts.append(len(lines[0]))
            drawn = [self._draw(block, c.text_width) if block else ([], []) for block, c in zip(row, columns)]
            height = max(len(d[0]) for d in drawn)
            for i, (column, (ls, rs)) in enumerate(zip(columns, drawn)):
                pad = height - len(ls) + 1  # and one blank line between rows
                lines[i] += ls + [self.painter.blank(column.text_width)] * pad
                refs[i] += rs + [rs[-1] if rs else None] * pad
        for column, ls, rs in zip(columns, lines, refs):
            column.show(ls, rs, starts)

    def reading(self, column: Column, blocks: list[Block]) -> None:
        lines: list[Line] = []
        refs: list[Ref | None] = []
        starts: list[int] = []
        for block in blocks:
            starts.append(len(lines))
            ls, rs = self._draw(block, column.text_width)
            lines += ls + [self.painter.blank(column.text_width)]
            refs += rs + [rs[-1]]
        column.show(lines, refs, starts)

    def _draw(self, block: Block, width: int) -> tuple[list[Line], list[Ref | None]]:
        """A block's lines and the paragraph each shows."""
        if block.folded:
            return [self.painter.fold_line(len(block.paragraphs), width)], [block.refs()[0]]
        lines: list[Line] = []
        refs: list[Ref | None] = []
        for n, ref in enumerate(block.refs()):
            if n:
                lines.append(self.painter.blank(width))
                refs.append(ref)
            drawn = self.painter.lines(ref, width, self.highlights.get(ref, ()), self.mentions.get(ref, ()))
            lines += drawn
            refs += [ref] * len(drawn)
        return lines, refs
