"""compare(articles) -> Comparison: the one entry point of the analysis."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tui.core.agree import agreement_spans
from tui.core.align import align, best_pivot_paragraphs, paragraph_links, rows_for
from tui.core.divergence import find_divergences
from tui.core.entities import find_entities
from tui.core.model import Article, Comparison, Corrections
from tui.core.text import tokens


def compare(articles: Sequence[Article], corrections: Corrections = Corrections()) -> Comparison:
    """The whole analysis of the articles; `corrections` are the reader's entity merges and splits."""
    articles = tuple(articles)
    if not articles:
        return Comparison(articles=())
    alignment = align(articles)
    divergences = tuple(find_divergences(alignment))
    derived = _Derived(articles, alignment)
    comparison = Comparison(
        articles=articles,
        rows=derived.rows(articles[0].id),
        spans=tuple(agreement_spans(alignment, divergences)),
        divergences=divergences,
        entities=find_entities(articles, corrections),
        find_links=derived.links,
        find_rows=derived.rows,
    )
    tokens.cache_clear()
    return comparison


class _Derived:
    """What the Comparison finds when asked: links, rows for another pivot. The alignment
    may come later (from the cache, or computed again) through `get_alignment`."""

    def __init__(self, articles: tuple[Article, ...], alignment=None, get_alignment=None):
        self.articles = articles
        self._alignment = alignment
        self._get_alignment = get_alignment

    @property
    def alignment(self):
        if self._alignment is None:
            self._alignment = self._get_alignment() if self._get_alignment else align(self.articles)
        return self._alignment

    def links(self):
        return paragraph_links(self.alignment)

    def rows(self, pivot: str):
        return rows_for(self.articles, best_pivot_paragraphs(self.alignment, pivot), pivot)


def alignment_of(comparison: Comparison):
    """The alignment behind a Comparison made by compare(), for the cache."""
    derived = getattr(comparison.find_rows, "__self__", None)
    return derived.alignment if isinstance(derived, _Derived) else None


def with_alignment(comparison: Comparison, get_alignment) -> Comparison:
    """A Comparison read back from the cache, finding its alignment when first needed."""
    derived = _Derived(comparison.articles, get_alignment=get_alignment)
    return dataclasses.replace(comparison, find_links=derived.links, find_rows=derived.rows)
