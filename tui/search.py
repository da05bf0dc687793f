"""Places the reader steps through: search hits over all articles (case-insensitive
substrings; fuzzy, with rapidfuzz, when none match), a name's mentions, and the walk
through them with n / N."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from tui.core.model import Comparison, Ref

FUZZY_CUTOFF = 80


class Hit(NamedTuple):
    article: str
    paragraph: int
    start: int
    end: int


Stop = Callable[[], bool]  # asked between pieces of long work: work called off ends there


def never() -> bool:
    return False


def find_hits(comparison: Comparison, query: str, stop: Stop = never) -> tuple[list[Hit], bool]:
    """Every place the query occurs, in reading order; and whether the match is fuzzy.
    `stop` is asked between paragraphs: a search of a 20 MB article can be called off."""
    needle = query.casefold()
    hits = []
    for a in comparison.articles:
        for p in a.paragraphs:
            if stop():
                return [], False
            text = p.text.casefold()  # casefold keeps the length for the scripts news uses
            at = text.find(needle)
            while at >= 0 and len(text) == len(p.text):
                hits.append(Hit(a.id, p.index, at, at + len(needle)))
                at = text.find(needle, at + max(1, len(needle)))
    if hits:
        return hits, False
    return _fuzzy(comparison, needle, stop), True


def _fuzzy(comparison: Comparison, needle: str, stop: Stop) -> list[Hit]:
    from rapidfuzz import fuzz

    hits = []
    for a in comparison.articles:
        for p in a.paragraphs:
            if stop():
                return []
            m = fuzz.partial_ratio_alignment(needle, p.text.casefold(), score_cutoff=FUZZY_CUTOFF)
            if m is not None:
                hits.append(Hit(a.id, p.index, m.dest_start, m.dest_end))
    return hits


@dataclass
class Walk:
    """A list of places the reader steps through with n / N: search hits, an entity's mentions."""

    name: str
    noun: str  # "hit", "mention"
    places: list[Hit]
    index: int = -1


def ranges(hits) -> dict[Ref, tuple[tuple[int, int], ...]]:
    """The places as character ranges by paragraph, for the painter to mark."""
    out: dict[Ref, list[tuple[int, int]]] = {}
    for h in hits:
        out.setdefault(Ref(h.article, h.paragraph), []).append((h.start, h.end))
    return {ref: tuple(r) for ref, r in out.items()}
