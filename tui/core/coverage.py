"""What the facts say: who reports what (each outlet's mark for a fact, what an outlet leaves
out), which facts a sentence tells, and the links between paragraphs.

Read off the facts alone (no alignment), so the reader's Facts view, the export and a
Comparison read back from the cache load nothing of the analysis."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from tui.core.model import Comparison, Fact, Link, Place, Ref, Span

REPORTS, SILENT, DIFFERS = "●", "·", "≠"  # the glyphs carry the meaning without colour


class Coverage:
    """The facts × outlets matrix of a Comparison."""

    def __init__(self, comparison: Comparison):
        self.outlets = tuple(a.id for a in comparison.articles)
        self.facts = comparison.facts
        self._divergences = {d.id: d for d in comparison.divergences}
        self._differing: dict[str, frozenset[str]] = {}

    def differing(self, fact: Fact) -> frozenset[str]:
        """The outlets with a divergence's side inside one of the fact's places."""
        if fact.id not in self._differing:
            self._differing[fact.id] = self._sides_in(fact) if fact.divergences else frozenset()
        return self._differing[fact.id]

    def _sides_in(self, fact: Fact) -> frozenset[str]:
        places: dict[tuple[str, int], list] = {}
        for p in fact.places:
            places.setdefault(p.ref, []).append(p)
        return frozenset(side.article for d in fact.divergences for side in self._divergences[d].sides
                         if any(p.start <= side.start < p.end for p in places.get((side.article, side.paragraph), ())))

    def marks(self, fact: Fact) -> str:
        """Each outlet's mark, in the outlets' order: ≠ when its telling of the fact is a side
        of a divergence, ● when it reports the fact, else ·."""
        differing, reporting = self.differing(fact), set(fact.articles)
        return "".join(DIFFERS if o in differing else REPORTS if o in reporting else SILENT for o in self.outlets)

    def omissions(self, outlet: str) -> list[Fact]:
        """The facts at least half of the other outlets report and `outlet` does not."""
        others = len(self.outlets) - 1
        return [f for f in self.facts
                if outlet not in f.articles and others and len(f.articles) * 2 >= others]


def by_support(facts: Sequence[Fact]) -> list[Fact]:
    """Most reported first; then by label."""
    return sorted(facts, key=lambda f: (-len(f.articles), f.label.casefold(), f.id))


class FactIndex:
    """Which facts a place in a paragraph tells: the fact its sentence is a member of first,
    then those it echoes."""

    def __init__(self, facts: Sequence[Fact]):
        by_sentence: dict[Place, list[int]] = defaultdict(list)
        for n, fact in enumerate(facts):
            for place in fact.places:  # members before echoes
                by_sentence[place].append(n)
        told: dict[tuple[int, ...], tuple[tuple[Fact, ...], tuple[str, ...]]] = {}  # shared by sentences telling the same
        # paragraph -> its sentences' starts, and for each sentence (end, its facts, their articles)
        self._sentences: dict[tuple[str, int], tuple[list[int], list[tuple[int, tuple[Fact, ...], tuple[str, ...]]]]] = {}
        for place in sorted(by_sentence):
            key = tuple(by_sentence[place])
            if key not in told:
                chosen = tuple(facts[n] for n in key)
                told[key] = chosen, tuple(sorted({a for fact in chosen for a in fact.articles}))
            starts, sentences = self._sentences.setdefault((place.article, place.paragraph), ([], []))
            starts.append(place.start)
            sentences.append((place.end, *told[key]))

    def _sentence(self, article: str, paragraph: int, offset: int):
        found = self._sentences.get((article, paragraph))
        if found:
            i = bisect_right(found[0], offset) - 1
            if i >= 0 and offset < found[1][i][0]:
                return found[1][i]
        return None

    def at(self, article: str, paragraph: int, offset: int) -> tuple[Fact, ...]:
        """The facts the sentence holding `offset` tells; none outside body sentences."""
        sentence = self._sentence(article, paragraph, offset)
        return sentence[1] if sentence else ()

    def support(self, article: str, paragraph: int, offset: int) -> tuple[str, ...]:
        """The articles that report what the sentence at `offset` says, by its facts."""
        sentence = self._sentence(article, paragraph, offset)
        return sentence[2] if sentence else ()


def with_fact_support(spans: Iterable[Span], facts: Sequence[Fact]) -> list[Span]:
    """The spans with the support of shared ones read off the facts (the `≈k` marks): a
    stretch no other article's fact shares becomes unique."""
    index = FactIndex(facts)
    out = []
    for span in spans:
        if span.status == "shared":
            sources = index.support(span.article, span.paragraph, span.start)
            # made directly: dataclasses.replace costs several times more, once per sentence
            span = Span(span.article, span.paragraph, span.start, span.end,
                        "shared" if len(sources) > 1 else "unique", sources)
        out.append(span)
    return out


def fact_links(facts: Sequence[Fact]) -> Iterator[Link]:
    """Every two paragraphs of different articles that tell one fact, in order, each once.
    Their number grows with the square of the articles that repeat one another, so each
    paragraph's partners are gathered in turn, never all at once."""
    facts_of: dict[Ref, list[int]] = defaultdict(list)
    paragraphs_of: list[tuple[Ref, ...]] = []
    for n, fact in enumerate(facts):
        refs = tuple(dict.fromkeys(p.ref for p in fact.places))
        paragraphs_of.append(refs)
        for ref in refs:
            facts_of[ref].append(n)
    for mine in sorted(facts_of):
        partners = {theirs for n in facts_of[mine] for theirs in paragraphs_of[n]
                    if theirs > mine and theirs.article != mine.article}
        for theirs in sorted(partners):
            yield Link(mine, theirs)
