"""What a Comparison finds only when asked: every link, and the rows for another pivot.

Apart from compare.py so that a Comparison read back from the cache loads the alignment
modules only when one of these is first asked for."""

from __future__ import annotations

import dataclasses

from tui.core.model import Article, Comparison


class Derived:
    """Links and rows from the alignment, which may come later (from the cache, or computed
    again) through `get_alignment`."""

    def __init__(self, articles: tuple[Article, ...], alignment=None, get_alignment=None):
        self.articles = articles
        self._alignment = alignment
        self._get_alignment = get_alignment

    @property
    def alignment(self):
        if self._alignment is None:
            if self._get_alignment is not None:
                self._alignment = self._get_alignment()
            if self._alignment is None:  # not in the cache after all
                from tui.core.align import align

                self._alignment = align(self.articles)
        return self._alignment

    def links(self):
        from tui.core.align import paragraph_links

        return paragraph_links(self.alignment)

    def rows(self, pivot: str):
        from tui.core.align import best_pivot_paragraphs, rows_for

        return rows_for(self.articles, best_pivot_paragraphs(self.alignment, pivot), pivot)


def alignment_of(comparison: Comparison):
    """The alignment behind a Comparison made by compare(), for the cache."""
    derived = getattr(comparison.find_rows, "__self__", None)
    return derived.alignment if isinstance(derived, Derived) else None


def with_alignment(comparison: Comparison, get_alignment) -> Comparison:
    """A Comparison read back from the cache, finding its alignment when first needed."""
    derived = Derived(comparison.articles, get_alignment=get_alignment)
    return dataclasses.replace(comparison, find_links=derived.links, find_rows=derived.rows)
