"""Search over all articles: case-insensitive substrings; fuzzy (rapidfuzz) when none match."""

from __future__ import annotations

from typing import NamedTuple

from tui.core.model import Comparison

FUZZY_CUTOFF = 80


class Hit(NamedTuple):
    article: str
    paragraph: int
    start: int
    end: int


def find_hits(comparison: Comparison, query: str) -> tuple[list[Hit], bool]:
    """Every place the query occurs, in reading order; and whether the match is fuzzy."""
    needle = query.casefold()
    hits = []
    for a in comparison.articles:
        for p in a.paragraphs:
            text = p.text.casefold()  # casefold keeps the length for the scripts news uses
            at = text.find(needle)
            while at >= 0 and len(text) == len(p.text):
                hits.append(Hit(a.id, p.index, at, at + len(needle)))
                at = text.find(needle, at + max(1, len(needle)))
    if hits:
        return hits, False
    return _fuzzy(comparison, needle), True


def _fuzzy(comparison: Comparison, needle: str) -> list[Hit]:
    from rapidfuzz import fuzz

    hits = []
    for a in comparison.articles:
        for p in a.paragraphs:
            m = fuzz.partial_ratio_alignment(needle, p.text.casefold(), score_cutoff=FUZZY_CUTOFF)
            if m is not None:
                hits.append(Hit(a.id, p.index, m.dest_start, m.dest_end))
    return hits
