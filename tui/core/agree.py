"""Agreement spans: each body sentence shared by k of n articles, or unique; inside a shared
sentence, the words no matching sentence has are unique; divergent passages are conflicts."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

from tui.core.align import Alignment
from tui.core.model import Divergence, Mention, Span


def agreement_spans(alignment: Alignment, divergences: Iterable[Divergence] = ()) -> list[Span]:
    """Spans that partition every body sentence; sources list the articles that report it,
    or for a conflict, the articles that disagree."""
    sides_at: dict[tuple[str, int], list[tuple[Mention, tuple[str, ...]]]] = defaultdict(list)
    for d in divergences:
        disagreeing = tuple(sorted({side.article for side in d.sides}))
        for side in d.sides:
            sides_at[(side.article, side.paragraph)].append((side, disagreeing))
    conflict_at = {where: _Conflicts(sides) for where, sides in sides_at.items()}
    nowhere = _Conflicts([])
    spans: list[Span] = []
    runs_of: dict[tuple[str, frozenset[str]], list[tuple[int, int, bool]]] = {}  # wire copy repeats
    for sid, ref in enumerate(alignment.sentences):
        sources = alignment.support(sid)
        if len(sources) == 1:
            runs = [(0, ref.sentence.end - ref.sentence.start, True)]
        else:
            key = (alignment.texts[sid], alignment.known_features(sid))
            runs = runs_of.get(key)
            if runs is None:
                runs = runs_of[key] = _runs(alignment.tokens(sid), len(key[0]), key[1])
        pieces: list[Span] = []
        base = ref.sentence.start
        for run_start, run_end, unique in runs:
            status, who = ("unique", (ref.article,)) if unique else ("shared", sources)
            pieces.extend(_with_conflicts(ref.article, ref.paragraph, base + run_start, base + run_end, status, who,
                                          conflict_at.get((ref.article, ref.paragraph), nowhere)))
        spans.extend(_merged(pieces))
    return spans


def _merged(pieces: list[Span]) -> list[Span]:
    """Neighbouring spans that say the same thing become one."""
    out: list[Span] = []
    for span in pieces:
        last = out[-1] if out else None
        if last and (last.status, last.sources, last.end) == (span.status, span.sources, span.start):
            out[-1] = Span(last.article, last.paragraph, last.start, span.end, last.status, last.sources)
        else:
            out.append(span)
    return out


def _runs(tokens, length: int, known: frozenset[str]) -> list[tuple[int, int, bool]]:
    """(start, end, unique) runs covering a sentence of `length` characters, offsets in the
    sentence: a word is unique when it has features and none of them is in a matching
    sentence. A unique run spans its words and the stopwords between them; the space around
    it belongs to the shared text."""
    runs: list[list] = []
    for tok, feats in tokens:
        if not feats:
            continue
        unique = not any(f in known for f in feats)
        if runs and runs[-1][2] == unique:
            runs[-1][1] = tok.end
        else:
            runs.append([tok.start, tok.end, unique])
    if not runs:
        return [(0, length, False)]
    runs[0][0] = 0
    for left, right in zip(runs, runs[1:]):
        if left[2]:
            right[0] = left[1]
        else:
            left[1] = right[0]
    runs[-1][1] = length
    return [tuple(r) for r in runs]


class _Conflicts:
    """A paragraph's divergent passages, in order, looked up by where they stand: a paragraph
    of thousands of sentences may hold thousands, and each run is checked only against those
    it may overlap."""

    def __init__(self, sides: list[tuple[Mention, tuple[str, ...]]]):
        self.sides = sides
        self.by_start = sorted(range(len(sides)), key=lambda n: sides[n][0].start)
        self.starts = [sides[n][0].start for n in self.by_start]
        self.longest = max((m.end - m.start for m, _ in sides), default=0)

    def near(self, start: int, end: int) -> list[tuple[Mention, tuple[str, ...]]]:
        """The passages that may overlap [start, end), in the order the divergences gave them:
        where two overlap, the first one's articles are the conflict's."""
        found = self.by_start[bisect_left(self.starts, start - self.longest):bisect_left(self.starts, end)]
        return [self.sides[n] for n in sorted(found)]


def _with_conflicts(article, paragraph, start, end, status, sources, paragraph_conflicts: _Conflicts) -> list[Span]:
    """The run as spans, with the parts a divergence covers marked as conflicts."""
    conflicts = paragraph_conflicts.near(start, end)
    if not conflicts:  # most runs meet no divergence
        return [Span(article, paragraph, start, end, status, sources)] if start < end else []
    cuts = sorted({start, end} | {max(start, min(end, x)) for m, _ in conflicts for x in (m.start, m.end)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        disagreeing = next((who for m, who in conflicts if m.start < b and a < m.end), None)
        if disagreeing:
            out.append(Span(article, paragraph, a, b, "conflict", disagreeing))
        else:
            out.append(Span(article, paragraph, a, b, status, sources))
    return out
