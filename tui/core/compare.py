"""compare(articles) -> Comparison: the one entry point of the analysis."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.align import align, paragraph_links, rows_for
from tui.core.model import Article, Comparison


def compare(articles: Sequence[Article]) -> Comparison:
    articles = tuple(articles)
    alignment = align(articles)
    links = tuple(paragraph_links(alignment))
    rows = rows_for(articles, links, articles[0].id) if articles else ()
    return Comparison(articles=articles, links=links, rows=rows)
