"""A slot's sides: where each article fills it and with what, grouped into the values given.

Finders of divergences (`divergence.py`, `quantities.py`) read sides; these helpers group them
into values, one list per value, so that every divergence lists each value once with the
articles that give it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from tui.core.align import Alignment
from tui.core.model import DivergenceKind, Mention


@dataclass(frozen=True, slots=True)
class Side:
    """One article's filling of a slot, where it stands, and how to say it."""

    mention: Mention
    value: str  # what is compared
    label: str  # how the summary shows it
    slot: str = ""  # how the summary names what is filled differently
    low: float | None = None  # for a quantity, the interval its words allow ("about 20": 18–22)
    high: float | None = None
    bound: str = ""  # "floor" ("at least 12") or "ceiling" ("up to €40,000") when its words bound it

    def agrees(self, other: Side) -> bool:
        if self.low is None or other.low is None:
            return self.value == other.value
        if self.bound and self.bound == other.bound:  # "at least 11" / "at least 12", "up to" two caps
            return math.isclose(*((self.low, other.low) if self.bound == "floor" else (self.high, other.high)))
        return self.low < other.high and other.low < self.high  # touching roundings differ: 4:12 / 4:13


@dataclass(frozen=True, slots=True)
class Found:
    kind: DivergenceKind
    slot: str  # what is filled differently: "length", "Jane Doe’s title"
    groups: list[list[Side]]  # the sides giving each value, one list per value
    subject: str = ""  # how the summary opens, when not with the slot: "Jane Doe"


def mention_at(alignment: Alignment, sid: int, start: int, end: int) -> Mention:
    ref = alignment.sentences[sid]
    base = ref.sentence.start
    text = alignment.texts[sid][start:end]
    return Mention(ref.article, ref.paragraph, base + start, base + end, text)


def by_value(sides: list[Side]) -> list[list[Side]]:
    """The sides grouped by the value they give, in the order first given."""
    groups: dict[str, list[Side]] = {}
    for s in sides:
        groups.setdefault(s.value, []).append(s)
    return list(groups.values())


def diverging(sides: list[Side]) -> list[Side] | None:
    """The sides, when at least two articles fill the slot differently."""
    values_by_article: dict[str, set[str]] = defaultdict(set)
    for s in sides:
        values_by_article[s.mention.article].add(s.value)
    if len({v for vs in values_by_article.values() for v in vs}) < 2 or len(values_by_article) < 2:
        return None
    seen, out = set(), []
    for s in sides:  # one side per article and value
        if (s.mention.article, s.value) not in seen:
            seen.add((s.mention.article, s.value))
            out.append(s)
    return out


def agreeing_groups(sides: list[Side]) -> list[list[Side]] | None:
    """Quantities grouped into the values they agree on, the most precise first; a loose one
    ("about 4:15") that agrees with two values sides with neither. None when one article gives
    two values that disagree: it speaks of two things, not of one thing differently."""
    groups: list[list[Side]] = []
    for side in sorted(sides, key=lambda s: s.high - s.low):
        fits = [g for g in groups if side.agrees(g[0])]
        if not fits:
            groups.append([side])
        elif len(fits) == 1:
            fits[0].append(side)
    return groups if one_value_per_article(groups) else None


def one_value_per_article(groups: list[list[Side]]) -> bool:
    """At least two values, and no article giving two of them."""
    articles = [{s.mention.article for s in g} for g in groups]
    return len(groups) > 1 and sum(map(len, articles)) == len(set().union(*articles))


class Components:
    """Things (sides, or sentence types) joined by disagreeing about one slot; one that agrees
    with a member joins too."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.pairs: list[tuple] = []  # every pair joined, in order

    def find(self, x):
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression: long chains of copies stay cheap
            self.parent[x], x = root, self.parent[x]
        return root

    def join(self, a, b) -> None:
        self.pairs.append((a, b))
        self._link(a, b)

    def _link(self, a, b) -> None:
        self.parent[self.find(a)] = self.find(b)

    def without(self, pairs: set[tuple]) -> Components:
        """New components, joined by every pair this one was joined by except these."""
        out = Components()
        for a, b in self.pairs:
            if (a, b) not in pairs:
                out.join(a, b)
        return out

    def groups(self, agreeing: list[tuple]) -> list[list]:
        """The components, each also holding what agrees with one of its members."""
        for a, b in agreeing:
            if a in self.parent or b in self.parent:
                self._link(a, b)
        out: dict = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return list(out.values())
