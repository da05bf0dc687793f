"""What a Comparison finds only when asked: the rows for another pivot.

Apart from compare.py so that a Comparison read back from the cache loads the alignment
modules only when another pivot is first asked for."""

from __future__ import annotations

import dataclasses
from typing import Protocol

from tui.core.model import Article, Comparison, Ref


class Derived:
    """Rows for any pivot from the alignment, which may come later (from the cache, or
    computed again) through `get_alignment`; the Comparison's `pivot_rows`."""

    def __init__(self, articles: tuple[Article, ...], alignment=None, get_alignment=None):
        self.articles = articles
        self._alignment = alignment
        self._get_alignment = get_alignment
        self.rows_cache: RowsCache | None = None  # rows for other pivots, kept between sessions

    @property
    def alignment(self):
        if self._alignment is None:
            if self._get_alignment is not None:
                self._alignment = self._get_alignment()
            if self._alignment is None:  # not in the cache after all
                from tui.core.align import align

                self._alignment = align(self.articles)
        return self._alignment

    def rows(self, pivot: str):
        rows = self.rows_cache.get(pivot) if self.rows_cache else None
        if rows is None:
            from tui.core.align import best_pivot_paragraphs, rows_for

            rows = rows_for(self.articles, best_pivot_paragraphs(self.alignment, pivot), pivot)
            if self.rows_cache:
                self.rows_cache.put(pivot, rows)
        return rows


class RowsCache(Protocol):
    def get(self, pivot: str) -> tuple[tuple[Ref, ...], ...] | None: ...

    def put(self, pivot: str, rows: tuple[tuple[Ref, ...], ...]) -> None: ...


def keep_rows_in(comparison: Comparison, cache: RowsCache) -> None:
    """Rows for another pivot are read from `cache` when there, and kept in it when found."""
    if isinstance(comparison.pivot_rows, Derived):
        comparison.pivot_rows.rows_cache = cache


def alignment_of(comparison: Comparison):
    """The alignment behind a Comparison made by compare(), for the cache."""
    return comparison.pivot_rows.alignment if isinstance(comparison.pivot_rows, Derived) else None


def with_alignment(comparison: Comparison, get_alignment) -> Comparison:
    """A Comparison read back from the cache, finding its alignment when first needed."""
    return dataclasses.replace(comparison, pivot_rows=Derived(comparison.articles, get_alignment=get_alignment))
