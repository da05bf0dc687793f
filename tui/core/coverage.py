"""Who reports what: each outlet's mark for a fact, and what an outlet leaves out.

Read off the facts alone (no alignment), so the reader's Facts view and the reports load
nothing heavy."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.model import Comparison, Fact

REPORTS, SILENT, DIFFERS = "●", "·", "≠"  # the glyphs carry the meaning without colour


class Coverage:
    """The facts × outlets matrix of a Comparison."""

    def __init__(self, comparison: Comparison):
        self.outlets = tuple(a.id for a in comparison.articles)
        self.facts = comparison.facts
        self._divergences = {d.id: d for d in comparison.divergences}
        self._differing: dict[str, frozenset[str]] = {}

    def mark(self, fact: Fact, outlet: str) -> str:
        """≠ when the outlet's telling of the fact is a side of a divergence, ● when it
        reports the fact, else ·."""
        if outlet in self.differing(fact):
            return DIFFERS
        return REPORTS if outlet in fact.articles else SILENT

    def differing(self, fact: Fact) -> frozenset[str]:
        """The outlets with a divergence's side inside one of the fact's places."""
        found = self._differing.get(fact.id)
        if found is None:
            places = {}
            for p in fact.places:
                places.setdefault(p.ref, []).append(p)
            found = self._differing[fact.id] = frozenset(
                side.article for d in fact.divergences for side in self._divergences[d].sides
                if any(p.start <= side.start < p.end for p in places.get((side.article, side.paragraph), ())))
        return found

    def marks(self, fact: Fact) -> str:
        return "".join(self.mark(fact, outlet) for outlet in self.outlets)

    def omissions(self, outlet: str) -> list[Fact]:
        """The facts at least half of the other outlets report and `outlet` does not."""
        others = len(self.outlets) - 1
        return [f for f in self.facts
                if outlet not in f.articles and others and len(f.articles) * 2 >= others]


def by_support(facts: Sequence[Fact]) -> list[Fact]:
    """Most reported first; then by label."""
    return sorted(facts, key=lambda f: (-len(f.articles), f.label.casefold(), f.id))
