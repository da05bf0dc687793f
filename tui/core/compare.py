"""compare(articles) -> Comparison: the one entry point of the analysis."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from tui.core.agree import agreement_spans
from tui.core.align import align
from tui.core.collector import collector_paused
from tui.core.derived import Derived
from tui.core.divergence import find_divergences
from tui.core.entities import find_entities
from tui.core.model import Article, Comparison, Corrections
from tui.core.text import tokens


def compare(articles: Sequence[Article], corrections: Corrections = Corrections()) -> Comparison:
    """The whole analysis of the articles; `corrections` are the reader's entity merges and splits."""
    articles = tuple(articles)
    if not articles:
        return Comparison(articles=())
    with _analysing():
        return _compare(articles, corrections)


def with_corrections(comparison: Comparison, corrections: Corrections) -> Comparison:
    """The same analysis with the names found again under new corrections."""
    with _analysing():
        return dataclasses.replace(comparison, entities=find_entities(comparison.articles, corrections))


@contextmanager
def _analysing() -> Iterator[None]:
    """While the analysis runs: the garbage collector paused; after it, the words of its
    sentences, which every stage read from one cache, let go."""
    try:
        with collector_paused():
            yield
    finally:
        tokens.cache_clear()


def _compare(articles: tuple[Article, ...], corrections: Corrections) -> Comparison:
    alignment = align(articles)
    divergences = tuple(find_divergences(alignment))
    derived = Derived(articles, alignment)
    return Comparison(
        articles=articles,
        rows=derived.rows(articles[0].id),
        spans=tuple(agreement_spans(alignment, divergences)),
        divergences=divergences,
        entities=find_entities(articles, corrections),
        find_links=derived.links,
        find_rows=derived.rows,
    )
