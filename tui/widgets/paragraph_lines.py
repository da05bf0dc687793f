"""Paragraphs -> wrapped, marked lines for the columns view.

A line is a tuple of segments exactly as wide as its column; the view joins the visible
columns' lines into one Strip per screen line, so no Strip is made for a line never shown.

Each sentence gets a gutter glyph on the line where it starts, so agreement reads without
colour: `=` every article says it, `≈k` k articles do, `+` only this one, `≠k` k articles
disagree here. Styles add to the glyphs; article text is never read as markup.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.style import Style

from tui.core.marks import SentenceMark, sentence_marks, spans_by_paragraph, strongest
from tui.core.model import Comparison, Ref
from tui.widgets.wrapping import measure, wrap

Range = tuple[int, int]
Line = tuple[Segment, ...]  # one screen line of a column, as wide as the column


@dataclass(frozen=True)
class Look:
    """Styles the column's CSS gives each kind of text and mark."""

    text: Style
    title: Style
    heading: Style
    boilerplate: Style
    unique: Style
    conflict: Style
    highlight: Style
    mention: Style
    gutter: Style
    all_agree: Style
    some_agree: Style
    only_here: Style
    disagree: Style


def _memo(painter: Painter, method: Callable, maxsize: int) -> Callable:
    """`method` of `painter`, cached, holding the painter weakly: a cache of a bound method is
    a cycle (painter, cache, method, painter) that only the collector frees, and a big layout
    puts what is alive out of the collector's sight (gc.freeze), so an old painter, its
    lines and its Comparison would never be freed after a correction or a new theme."""
    owner = weakref.ref(painter)
    return lru_cache(maxsize=maxsize)(lambda *args: method(owner(), *args))


class Painter:
    """Draws paragraphs of one Comparison; what it drew is cached by paragraph, width and highlights."""

    def __init__(self, comparison: Comparison, look: Look):
        self.comparison = comparison
        self.look = look
        self.n = len(comparison.articles)
        self.gutter = 2 + len(str(self.n))
        self._spans = spans_by_paragraph(comparison)
        self._styles: dict[tuple[Style, ...], RichStyle] = {}
        self._cached_lines = _memo(self, Painter._lines, 8192)
        self._gutter = _memo(self, Painter._draw_gutter, 256)
        self.blank = _memo(self, Painter._draw_blank, 64)

    def marks(self, ref: Ref) -> list[SentenceMark]:
        return sentence_marks(self.comparison.paragraph(ref), self._spans.get(ref, ()), self.n)

    def lines(self, ref: Ref, width: int, highlights: tuple[Range, ...] = (), mentions: tuple[Range, ...] = ()) -> tuple[Line, ...]:
        """The paragraph's lines at `width`, with search hits and name mentions marked."""
        return self._cached_lines(ref, width, highlights, mentions)  # one cache key however called

    def _lines(self, ref: Ref, width: int, highlights: tuple[Range, ...], mentions: tuple[Range, ...]) -> tuple[Line, ...]:
        paragraph = self.comparison.paragraph(ref)
        text, look = paragraph.text.replace("\t", " "), self.look  # a tab would move the terminal's cursor
        base = {"title": look.title, "heading": look.heading, "boilerplate": look.boilerplate}.get(paragraph.kind, look.text)
        layers = [(0, len(text), base)]  # later layers are drawn over earlier ones
        for s in self._spans.get(ref, ()):
            if s.status in ("unique", "conflict"):
                layers.append((s.start, s.end, look.unique if s.status == "unique" else look.conflict))
        layers += [(start, end, look.mention) for start, end in mentions]
        layers += [(start, end, look.highlight) for start, end in highlights]
        runs = self._runs(layers)
        text_width = max(4, width - self.gutter)
        cell_len = measure(text)
        lines = wrap(text, text_width, cell_len)
        marks = self.marks(ref) if paragraph.kind == "body" else []
        mark_starts = [m.start for m in marks]  # in sentence order: each line's found by bisection
        out = []
        for i, (start, end) in enumerate(lines):
            below = lines[i + 1][0] if i + 1 < len(lines) else len(text) + 1
            strongest_mark = strongest(marks[bisect_left(mark_starts, start):bisect_left(mark_starts, below)])
            mark = SentenceMark(0, strongest_mark.glyph, strongest_mark.count) if strongest_mark else None  # the gutter's cache key
            out.append((*self._gutter(mark), *_line_segments(text, runs, start, end, text_width, cell_len)))
        return tuple(out)

    def _runs(self, layers: list[tuple[int, int, Style]]) -> list[tuple[int, int, RichStyle]]:
        """The text cut where its styles change, each piece with all its layers combined: one
        sweep over the cuts, keeping the layers open there (a paragraph of a file written on
        one line has tens of thousands of layers, which each cut looked through)."""
        opening: dict[int, list[int]] = defaultdict(list)
        closing: dict[int, list[int]] = defaultdict(list)
        for n, (start, end, _) in enumerate(layers):
            if start < end:
                opening[start].append(n)
                closing[end].append(n)
        cuts = sorted({x for start, end, _ in layers for x in (start, end)})
        open_layers: set[int] = set()
        runs = []
        for start, end in zip(cuts, cuts[1:]):
            open_layers.difference_update(closing.get(start, ()))
            open_layers.update(opening.get(start, ()))
            key = tuple(layers[n][2] for n in sorted(open_layers))  # in drawing order
            style = self._styles.get(key)
            if style is None:
                style = self._styles[key] = Style.combine([self.look.text, *key]).rich_style or _PLAIN
            runs.append((start, end, style))
        return runs

    def _draw_gutter(self, mark: SentenceMark | None) -> tuple[Segment, ...]:
        look = self.look
        if mark is None or not mark.glyph:
            return _solid_segments(Content(" " * self.gutter).render_segments(look.text + look.gutter))
        text = mark.label.ljust(self.gutter)
        style = {"=": look.all_agree, "≈": look.some_agree, "+": look.only_here, "≠": look.disagree}[mark.glyph]
        return _solid_segments(Content(text).render_segments(look.text + look.gutter + style))

    def fold_line(self, count: int, width: int) -> Line:
        label = f"⋯ {count} folded (z shows)"
        text = " " * self.gutter + label
        return _solid_segments(Content(text[:width].ljust(width)).render_segments(self.look.text + self.look.boilerplate))

    def _draw_blank(self, width: int) -> Line:
        return _solid_segments(Content(" " * width).render_segments(self.look.text))


_PLAIN = RichStyle()


def _run_end(run: tuple[int, int, RichStyle]) -> int:
    return run[1]


def _line_segments(text: str, runs, start: int, end: int, width: int, cell_len) -> list[Segment]:
    """text[start:end] in its styles, padded to `width` cells. The runs follow one another:
    the first that reaches into the line is found by bisection."""
    segments, cells = [], 0
    for k in range(bisect_right(runs, start, key=_run_end), len(runs)):
        run_start, run_end, style = runs[k]
        if run_start >= end:
            break
        piece = text[max(run_start, start):min(run_end, end)]
        segments.append(Segment(piece, style))
        cells += cell_len(piece)
    if cells < width:
        segments.append(Segment(" " * (width - cells), _PLAIN))
    return segments


def _solid_segments(segments) -> tuple[Segment, ...]:
    """Every segment with a style object: Textual's filters (NO_COLOR) read each one's style."""
    return tuple(Segment(text, style or _PLAIN, control) for text, style, control in segments)
