"""Each sentence's agreement mark, from the spans inside it: what the reader's gutter and the
HTML report show, so that agreement reads without colour.

`=` every article says it, `≈k` k articles do, `+` only this one, `≠k` k articles disagree.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model import Comparison, Paragraph, Ref, Span


@dataclass(frozen=True, slots=True)
class SentenceMark:
    start: int
    glyph: str  # "=", "≈", "+", "≠" or "" (no mark: titles, headings, furniture)
    count: int  # the k of k/n

    @property
    def label(self) -> str:
        """The glyph, with k where the glyph does not imply it (`≈3`, `≠2`)."""
        return f"{self.glyph}{self.count}" if self.glyph in ("≈", "≠") else self.glyph


def spans_by_paragraph(comparison: Comparison) -> dict[Ref, list[Span]]:
    out: dict[Ref, list[Span]] = defaultdict(list)
    for s in comparison.spans:
        out[Ref(s.article, s.paragraph)].append(s)
    return out


def sentence_marks(paragraph: Paragraph, spans: Sequence[Span], n: int) -> list[SentenceMark]:
    """One mark per sentence of the paragraph, from the spans that start inside it: found by
    bisection, since a file written on one line is one paragraph (5 MB: 70,000 sentences and
    more spans, whose every pair took the reader's first frame hours)."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    return [
        _mark(sentence.start, ordered[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)], n)
        for sentence in paragraph.sentences
    ]


def _mark(start: int, spans: list[Span], n: int) -> SentenceMark:
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


def strongest(marks: list[SentenceMark]) -> SentenceMark | None:
    """Of several sentences' marks (those starting on one line), the one that matters most."""
    return max(marks, key=lambda m: _PRIORITY[m.glyph], default=None)
