"""Columns filled with painted lines from the layout.

Aligned: each row's cells padded to its tallest, so a row starts on one line in every
column. Reading: each article in its own order. Every line knows the paragraph it shows and
every block the line it starts on, which is how the columns scroll in step.

A `LayoutPlan` holds everything a layout is made from, so that a big one (a 20 MB article
takes seconds to wrap) can be made in a worker thread while the screen stays as it was.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from tui.core.collector import collector_paused
from tui.core.model import Comparison, Ref
from tui.widgets.columns_view import Column
from tui.widgets.layout import AlignedRow, Block, aligned_layout, reading_layout
from tui.search import Stop, never
from tui.widgets.paragraph_lines import Line, Painter

Marks = dict[Ref, tuple[tuple[int, int], ...]]  # character ranges by paragraph


class Stopped(Exception):
    """The layout was called off."""


@dataclass(frozen=True, eq=False)
class LayoutPlan:
    """What the visible columns are laid out from: the articles, their widths, the mode,
    folded furniture or not, and the marks to draw."""

    comparison: Comparison
    painter: Painter
    pivot: str
    articles: tuple[str, ...]
    widths: tuple[int, ...]
    mode: str
    boilerplate: bool
    highlights: Marks
    marked: Marks

    def same_view(self, other: LayoutPlan) -> bool:
        """Whether `other` shows the same columns in the same places (its marks aside)."""
        return (self.comparison is other.comparison and self.painter is other.painter and self.pivot == other.pivot
                and self.articles == other.articles and self.widths == other.widths)

    def wraps_more_than(self, characters: int) -> bool:
        """Whether the layout wraps more text than that (its time grows with it): counted
        until it does, not through a 20 MB article on every key."""
        total = 0
        for a in self.articles:
            for p in self.comparison.article(a).paragraphs:
                total += len(p.text)
                if total > characters:
                    return True
        return False

    def columns(self, stop: Stop = never, big: bool = False) -> list[Column] | None:
        """The columns filled with their lines; None when `stop` called the layout off. A
        `big` layout's lines are put out of the collector's sight (gc.freeze) before it comes
        back: it would walk their millions at once, holding every thread for a second. Small
        ones are not: freezing keeps whatever else is alive from ever being collected."""
        columns = []
        for slot, (article_id, width) in enumerate(zip(self.articles, self.widths)):
            article = self.comparison.article(article_id)
            column = Column(slot, article_id, width)
            column.title = f"{slot + 1} {'◆ ' if slot == 0 else ''}{article.label}"
            column.subtitle = f"{len(article.paragraphs)} ¶"
            columns.append(column)
        fill = ColumnFiller(self.painter, self.highlights, self.marked, stop)
        try:
            with collector_paused():  # lines hold no cycles: walking them as they are made is waste
                if self.mode == "aligned":
                    fill.aligned(columns, aligned_layout(self.comparison, self.pivot, self.articles, self.boilerplate))
                else:
                    for column in columns:
                        fill.reading(column, reading_layout(self.comparison, column.article_id, self.boilerplate))
                if big:
                    gc.freeze()
        except Stopped:
            return None
        return columns


RELEASE_SLICE = 20_000  # lines let go at a time: about a millisecond, then the screen may have its turn


def release(columns: list[Column]) -> None:
    """Let a layout's lines go a slice at a time: freeing the millions of lines of a 20 MB
    article at once holds the interpreter for a fifth of a second. Not stopped: a layout
    called off is let go as well."""
    for column in columns:
        for lines in (column.lines, column.line_refs):
            while lines:
                del lines[-RELEASE_SLICE:]


class ColumnFiller:
    def __init__(self, painter: Painter, highlights: Marks, mentions: Marks, stop: Stop) -> None:
        self.painter = painter
        self.highlights = highlights  # shown reversed: the place the reader is at
        self.mentions = mentions  # shown underlined: every place of the walk
        self.stop = stop

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
        if self.stop():
            raise Stopped
        if block.folded:
            return [self.painter.fold_line(len(block.paragraphs), width)], [block.refs()[0]]
        lines: list[Line] = []
        refs: list[Ref | None] = []
        for n, ref in enumerate(block.refs()):
            if n:  # the blank between two paragraphs is the first's, as a row's padding is:
                lines.append(self.painter.blank(width))  # a paragraph's first line is its text
                refs.append(refs[-1])
            drawn = self.painter.lines(ref, width, self.highlights.get(ref, ()), self.mentions.get(ref, ()))
            lines += drawn
            refs += [ref] * len(drawn)
        return lines, refs
