"""Rows: the paragraphs of every article placed beside the pivot's, read off the facts.

A paragraph sits beside the pivot paragraph whose facts are most like its own (Jaccard of
the two sets of facts they tell, a sentence's echoes counted): a short paragraph telling one
fact of a long lead goes beside the pivot's paragraph telling that fact alone, not beside the
lead. The facts are the one source of what the articles share: links, `≈k` marks and rows
all agree with them, and another pivot's rows need no alignment, only the facts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tui.core.model import Article, Fact, Ref

Rows = tuple[tuple[Ref, ...], ...]


def rows_for(articles: Sequence[Article], facts: Sequence[Fact], pivot: str) -> Rows:
    """Display rows in the pivot's order: each pivot paragraph with the paragraphs placed
    beside it; a paragraph placed beside none gets a row of its own after its nearest placed
    predecessor. Every paragraph is in exactly one row."""
    return _rows(articles, _placed(facts, pivot), pivot)


def _placed(facts: Sequence[Fact], pivot: str) -> dict[Ref, int]:
    """Each other article's paragraph that shares a fact with the pivot -> the index of the
    pivot paragraph it goes beside."""
    told: dict[Ref, set[int]] = defaultdict(set)  # paragraph -> the facts it tells
    in_pivot: dict[int, list[Ref]] = defaultdict(list)  # fact -> the pivot paragraphs telling it
    for n, fact in enumerate(facts):
        for place in fact.places:
            ref = Ref(place.article, place.paragraph)
            if n not in told[ref] and place.article == pivot:
                in_pivot[n].append(ref)
            told[ref].add(n)
    placed = {}
    for ref, mine in told.items():
        if ref.article == pivot:
            continue
        beside = {p for n in mine for p in in_pivot.get(n, ())}
        if beside:
            placed[ref] = max(beside, key=lambda p: _closeness(mine, told[p], p)).paragraph
    return placed


def _closeness(mine: set[int], theirs: set[int], at: Ref) -> tuple[float, int, int]:
    """Most alike first (Jaccard of the facts told); on a tie, the one sharing more facts,
    then the earlier."""
    shared = len(mine & theirs)
    return shared / (len(mine) + len(theirs) - shared), shared, -at.paragraph


def _rows(articles: Sequence[Article], placed: dict[Ref, int], pivot: str) -> Rows:
    pivot_article = next(a for a in articles if a.id == pivot)
    slots: list[list[Ref]] = [[Ref(pivot, p.index)] for p in pivot_article.paragraphs]
    title_slot = next((p.index for p in pivot_article.paragraphs if p.kind == "title"), None)
    after: dict[int, list[list[Ref]]] = defaultdict(list)  # rows that follow pivot slot i (-1: before all)
    for article in articles:
        if article.id == pivot:
            continue
        anchor = -1
        for p in article.paragraphs:
            ref = Ref(article.id, p.index)
            if ref in placed:
                anchor = placed[ref]
                slots[anchor].append(ref)
            elif p.kind == "title" and title_slot is not None:
                anchor = title_slot
                slots[anchor].append(ref)
            else:
                after[anchor].append([ref])
    rows = [tuple(r) for r in after[-1]]
    for i, slot in enumerate(slots):
        rows.append(tuple(slot))
        rows.extend(tuple(r) for r in after[i])
    return tuple(rows)
