"""compare(articles) -> Comparison: the one entry point of the analysis."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.agree import agreement_spans
from tui.core.align import align, best_pivot_paragraphs, paragraph_links, rows_for
from tui.core.divergence import find_divergences
from tui.core.entities import find_entities
from tui.core.model import Article, Comparison, Corrections


def compare(articles: Sequence[Article], corrections: Corrections = Corrections()) -> Comparison:
    """The whole analysis of the articles; `corrections` are the reader's entity merges and splits."""
    articles = tuple(articles)
    if not articles:
        return Comparison(articles=())
    alignment = align(articles)
    divergences = tuple(find_divergences(alignment))
    pivot = articles[0].id
    return Comparison(
        articles=articles,
        rows=rows_for(articles, best_pivot_paragraphs(alignment, pivot), pivot),
        spans=tuple(agreement_spans(alignment, divergences)),
        divergences=divergences,
        entities=find_entities(articles, corrections),
        find_links=lambda: paragraph_links(alignment),
        find_rows=lambda other: rows_for(articles, best_pivot_paragraphs(alignment, other), other),
    )
