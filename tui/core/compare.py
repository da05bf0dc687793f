"""compare(articles) -> Comparison: the one entry point of the analysis."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model import Article, Comparison


def compare(articles: Sequence[Article]) -> Comparison:
    return Comparison(articles=tuple(articles))
