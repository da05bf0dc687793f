"""Paragraphs -> wrapped, marked Strips for an ArticleColumn.

Each sentence gets a gutter glyph on the line where it starts, so agreement reads without
colour: `=` every article says it, `≈k` k articles do, `+` only this one, `≠k` k articles
disagree here. Styles add to the glyphs; article text is never read as markup.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from tui.core.model import Comparison, Ref

Range = tuple[int, int]


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


@dataclass(frozen=True, slots=True)
class SentenceMark:
    start: int
    glyph: str  # "=", "≈", "+", "≠" or "" (no mark: titles, headings, furniture)
    count: int  # the k of k/n


class Painter:
    """Draws paragraphs of one Comparison; what it drew is cached by paragraph, width and highlights."""

    def __init__(self, comparison: Comparison, look: Look):
        self.comparison = comparison
        self.look = look
        self.n = len(comparison.articles)
        self.gutter = 2 + len(str(self.n))
        self._spans: dict[Ref, list] = defaultdict(list)
        for s in comparison.spans:
            self._spans[Ref(s.article, s.paragraph)].append(s)
        self.lines = lru_cache(maxsize=8192)(self._lines)
        self._gutter = lru_cache(maxsize=256)(self._draw_gutter)

    def marks(self, ref: Ref) -> list[SentenceMark]:
        paragraph = self.comparison.paragraph(ref)
        spans = self._spans.get(ref, ())
        out = []
        for sentence in paragraph.sentences:
            inside = [s for s in spans if sentence.start <= s.start < sentence.end]
            out.append(_mark(sentence.start, inside, self.n))
        return out

    def _lines(self, ref: Ref, width: int, highlights: tuple[Range, ...] = (), mentions: tuple[Range, ...] = ()) -> tuple[Strip, ...]:
        paragraph = self.comparison.paragraph(ref)
        look = self.look
        base = {"title": look.title, "heading": look.heading, "boilerplate": look.boilerplate}.get(paragraph.kind, look.text)
        content = Content(paragraph.text).stylize(base)
        for s in self._spans.get(ref, ()):
            if s.status == "unique":
                content = content.stylize(look.unique, s.start, s.end)
            elif s.status == "conflict":
                content = content.stylize(look.conflict, s.start, s.end)
        for start, end in mentions:
            content = content.stylize(look.mention, start, end)
        for start, end in highlights:
            content = content.stylize(look.highlight, start, end)
        text_width = max(4, width - self.gutter)
        wrapped = content.wrap(text_width)
        starts = _line_starts(paragraph.text, [line.plain for line in wrapped])
        marks = self.marks(ref) if paragraph.kind == "body" else []
        strips = []
        for i, line in enumerate(wrapped):
            end = starts[i + 1] if i + 1 < len(starts) else len(paragraph.text) + 1
            strongest = _strongest([m for m in marks if starts[i] <= m.start < end])
            mark = SentenceMark(0, strongest.glyph, strongest.count) if strongest else None  # the gutter's cache key
            text = Strip(line.render_segments(look.text)).extend_cell_length(text_width)
            strips.append(_solid(Strip.join([self._gutter(mark), text])))
        return tuple(strips)

    def _draw_gutter(self, mark: SentenceMark | None) -> Strip:
        look = self.look
        if mark is None or not mark.glyph:
            return Strip(Content(" " * self.gutter).render_segments(look.text + look.gutter))
        count = "" if mark.glyph in "=+" else str(mark.count)
        text = f"{mark.glyph}{count}".ljust(self.gutter)
        style = {"=": look.all_agree, "≈": look.some_agree, "+": look.only_here, "≠": look.disagree}[mark.glyph]
        return Strip(Content(text).render_segments(look.text + look.gutter + style))

    def fold_line(self, count: int, width: int) -> Strip:
        label = f"⋯ {count} folded (z shows)"
        text = " " * self.gutter + label
        return _solid(Strip(Content(text[:width].ljust(width)).render_segments(self.look.text + self.look.boilerplate)))

    def blank(self, width: int) -> Strip:
        return _solid(Strip(Content(" " * width).render_segments(self.look.text)))


_PLAIN = RichStyle()


def _solid(strip: Strip) -> Strip:
    """Every segment with a style object: Textual's filters (NO_COLOR) read each one's style."""
    return Strip([Segment(text, style or _PLAIN, control) for text, style, control in strip], strip.cell_length)


def _mark(start: int, spans, n: int) -> SentenceMark:
    if not spans:
        return SentenceMark(start, "", 0)
    conflicts = [s for s in spans if s.status == "conflict"]
    if conflicts:
        return SentenceMark(start, "≠", max(len(s.sources) for s in conflicts))
    k = max(len(s.sources) for s in spans)
    if k <= 1:
        return SentenceMark(start, "+", 1)
    return SentenceMark(start, "=" if k == n else "≈", k)


_PRIORITY = {"≠": 3, "+": 2, "≈": 1, "=": 0, "": -1}


def _strongest(marks: list[SentenceMark]) -> SentenceMark | None:
    """Of the sentences starting on one line, the mark that matters most."""
    return max(marks, key=lambda m: _PRIORITY[m.glyph], default=None)


def _line_starts(text: str, lines: list[str]) -> list[int]:
    """Offsets in `text` at which each wrapped line begins."""
    starts, cursor = [], 0
    for line in lines:
        probe = line.strip()
        at = text.find(probe, cursor) if probe else cursor
        at = cursor if at < 0 else at
        starts.append(at)
        cursor = at + len(probe)
    return starts
