"""compare(articles) -> Comparison: the one entry point of the analysis."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.agree import agreement_spans
from tui.core.align import align, paragraph_links, rows_for
from tui.core.divergence import find_divergences
from tui.core.model import Article, Comparison


def compare(articles: Sequence[Article]) -> Comparison:
    articles = tuple(articles)
    if not articles:
        return Comparison(articles=())
    alignment = align(articles)
    links = tuple(paragraph_links(alignment))
    divergences = tuple(find_divergences(alignment))
    spans = tuple(agreement_spans(alignment, divergences))
    return Comparison(
        articles=articles,
        links=links,
        rows=rows_for(articles, links, articles[0].id),
        spans=spans,
        divergences=divergences,
    )
