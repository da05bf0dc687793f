"""compare(articles) -> Comparison: the one entry point of the analysis.

The stages, in order, and what each adds (`_compare` runs them):

| stage       | reads                  | adds                                                    |
| ----------- | ---------------------- | ------------------------------------------------------- |
| names       | articles               | the story's names, read once: mentions and the groups   |
|             |                        | that name one thing (not kept; the stages below use it) |
| align       | articles, names        | the alignment: body sentences, their types and matches; |
|             |                        | a name is compared by its group's key                   |
| divergences | alignment              | `divergences`: one slot filled differently              |
| facts       | alignment, divergences | `facts`: sentences grouped by what they report; `links` |
| spans       | alignment, divergences,| `spans`: shared, unique and conflicting stretches; the  |
|             | facts                  | support of shared ones (`≈k`) is their facts' articles  |
| entities    | names, corrections     | `entities`: the names' groups, as the reader corrected  |
| rows        | facts                  | `rows` for the first article (others' when asked for)   |

The alignment is not part of the Comparison: what the reader and the export show is read off
the facts. A change to what any stage adds changes the
cached values: `tests/core/test_cache_version.py` fails until ANALYSIS_VERSION is bumped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from tui.core.agree import agreement_spans
from tui.core.align import align
from tui.core.collector import collector_paused
from tui.core.coverage import with_fact_support
from tui.core.divergence import find_divergences
from tui.core.entities import Names, find_entities, read_names
from tui.core.facts import find_facts
from tui.core.measures import measures, times_of_day
from tui.core.model import Article, Comparison, Corrections
from tui.core.rows import rows_for
from tui.core.slots import forget_sentences
from tui.core.text import match_bounds, tokens


def compare(articles: Sequence[Article], corrections: Corrections = Corrections()) -> Comparison:
    """The whole analysis of the articles; `corrections` are the reader's entity merges and splits."""
    articles = tuple(articles)
    if not articles:
        return Comparison(articles=())
    with _analysing():
        return _compare(articles, corrections)


def with_corrections(comparison: Comparison, corrections: Corrections, names: Names) -> Comparison:
    """The same analysis with its names (`names_of`) grouped again under new corrections."""
    with _analysing():
        return dataclasses.replace(comparison, entities=find_entities(comparison.articles, corrections, names))


def names_of(comparison: Comparison) -> Names:
    """The comparison's names, read again: kept, they spare each correction reading them."""
    with _analysing():
        return read_names(comparison.articles)


@contextmanager
def _analysing() -> Iterator[None]:
    """While the analysis runs: the garbage collector paused; after it, what the stages read
    of each distinct sentence (its words, measures and times, and what the counts of the last
    one asked of it), kept while they ran, let go."""
    try:
        with collector_paused():
            yield
    finally:
        for cache in (tokens, measures, times_of_day, match_bounds):
            cache.cache_clear()
        forget_sentences()


def _compare(articles: tuple[Article, ...], corrections: Corrections) -> Comparison:
    names = read_names(articles)
    alignment = align(articles, names)
    divergences = tuple(find_divergences(alignment, names))
    facts = find_facts(alignment, divergences)
    spans = tuple(with_fact_support(agreement_spans(alignment, divergences), facts))
    entities = find_entities(articles, corrections, names)
    rows = rows_for(articles, facts, articles[0].id)
    return Comparison(articles=articles, rows=rows, facts=facts, spans=spans, entities=entities,
                      divergences=divergences)
