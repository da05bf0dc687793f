"""Facts: the body sentences grouped into the things the articles report.

The alignment's match graph (sentence types and their similar pairs) is not transitive: a
sentence that tells two things matches sentences of two facts that do not match each other.
Its connected components chain unrelated facts, so facts are grown greedily instead, best
match first (average linkage, `grouping.py`): two groups join only when enough of the pairs
between them match. Each body sentence is a member of exactly one fact; a sentence that also matches
enough of another fact echoes it (it reports that fact too). The work grows with the number
of matching pairs the alignment found (a few per sentence type), never with its square.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from tui.core.align import Alignment, paragraph_similarity
from tui.core.grouping import Graph, grouped
from tui.core.model import Divergence, Fact, Place, Ref
from tui.core.wording import shortened

# A sentence echoes another fact when it matches at least half of that fact's sentences;
# with a third, sentences near two facts linked everything in both.
ECHO = 0.5
# The most facts one sentence echoes by matching part of them, those it matches most of: one
# that echoes more sums the story up (a live page's recap), and two sentences echoing one fact
# were right about it in one pair of six on the written events. Beyond those, it echoes a fact
# it matches every sentence of (a lead of five clauses, each told alone elsewhere). Measured
# (links F1): 3 lifts the second development set 0.654 -> 0.656 (precision 0.740 -> 0.745) and
# the written events 0.7652 -> 0.7658, the sample unchanged; 2 costs the second set (0.651), 4
# changes nothing.
ECHOED = 3
LABEL_CHARS = 100  # a label is cut to a line
# Two paragraphs alike as wholes with more pairs of sentences than this are not searched for
# their most alike pair: a file written on one line is one paragraph of thousands of sentences,
# whose every pair with another took gigabytes, and it tells many facts, not one in other words.
_WHOLE_PAIRS = 1024


def find_facts(alignment: Alignment, divergences: Sequence[Divergence] = ()) -> tuple[Fact, ...]:
    """The facts, in the order of their first sentence; ids f1, f2, ..."""
    graph = _match_graph(alignment)
    weight = [len(ms) for ms in alignment.members]  # wire copy counts once per sentence
    group = grouped(graph, weight)
    types_in: dict[int, list[int]] = defaultdict(list)
    for t, g in enumerate(group):
        types_in[g].append(t)
    echoes = _echoes(graph, weight, group, types_in)
    members: dict[int, list[int]] = defaultdict(list)  # group -> its sentences, in order
    echoing: dict[int, list[int]] = defaultdict(list)
    for sid, t in enumerate(alignment.type_of):
        members[group[t]].append(sid)
        for g in echoes.get(t, ()):
            echoing[g].append(sid)
    touching = _divergences_by_sentence(alignment, divergences)
    told = [_Told(own, echoing.get(g, []), alignment.texts[_central(graph, types_in[g], alignment)],
                  tuple(dict.fromkeys(d for sid in own for d in touching.get(sid, ()))))
            for g, own in members.items()]
    told += _told_otherwise(alignment, group, echoes, divergences, touching)
    told.sort(key=lambda t: (t.first, not t.members))  # a group first, where a divergence's fact starts with it
    return tuple(Fact(
        id=f"f{n}",
        label=_label(t.label),
        members=tuple(_place(alignment, sid) for sid in t.members),
        echoes=tuple(_place(alignment, sid) for sid in t.echoes),
        articles=tuple(sorted({alignment.sentences[sid].article for sid in (*t.members, *t.echoes)})),
        divergences=t.divergences,
    ) for n, t in enumerate(told, 1))


class _Told(NamedTuple):
    """A fact before it is numbered: its sentences, as members and as echoes."""

    members: list[int]
    echoes: list[int]
    label: str
    divergences: tuple[str, ...]

    @property
    def first(self) -> int:
        return min(self.members or self.echoes)


def _told_otherwise(alignment: Alignment, group: list[int], echoes: dict[int, list[int]],
                    divergences: Iterable[Divergence], touching: dict[int, list[str]]) -> list[_Told]:
    """A fact for each divergence whose sides no fact holds all of: two values of
    one slot tell one fact even where their words did not match ("the ship struck the pier at
    1:27 a.m.", "the span fell at 1:30 a.m."). Its sentences echo it (each is a member of the
    fact its words matched). Not a qualifier's: what a person is called is no fact of the story."""
    sides: dict[str, list[int]] = defaultdict(list)
    for sid, ids in touching.items():
        for d in ids:
            sides[d].append(sid)

    def facts_of(sid: int) -> set[int]:
        t = alignment.type_of[sid]
        return {group[t], *echoes.get(t, ())}

    return [_Told([], sorted(sides[d.id]), f"{d.subject}: " + " vs ".join(f"“{v.value}”" for v in d.values), (d.id,))
            for d in divergences
            if d.kind != "qualifier" and sides[d.id] and not set.intersection(*map(facts_of, sides[d.id]))]


def _match_graph(alignment: Alignment) -> Graph:
    """The alignment's similar pairs of types, and for each pair of paragraphs alike as wholes
    that no pair of their sentences links, their most alike pair of sentences: a fact told in
    other words across several sentences is still one fact."""
    graph = [dict(near) for near in alignment.neighbours]
    idf = alignment.paragraph_features[1]  # the weights paragraph similarity used

    def shared_weight(pair: tuple[int, int]) -> tuple[float, int, int]:
        a, b = pair
        return math.fsum(idf[f] for f in alignment.types[a].features & alignment.types[b].features), -a, -b

    signature = alignment.paragraph_types
    distinct, asking = _compared_as_wholes(alignment, signature)
    done: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    for i, near in enumerate(paragraph_similarity(alignment, distinct, asking)):
        for j, score in near.items():
            key = tuple(sorted((signature[i], signature[j])))
            if key in done:
                continue
            done.add(key)
            theirs = frozenset(signature[j])
            if any(a in theirs or not theirs.isdisjoint(graph[a]) for a in signature[i]):
                continue  # a pair of their sentences links them already
            if len(signature[i]) * len(theirs) <= _WHOLE_PAIRS:
                a, b = max(((a, b) for a in signature[i] for b in signature[j]), key=shared_weight)
                graph[a][b] = graph[b][a] = score
    return graph


def _compared_as_wholes(alignment: Alignment, signature: Sequence[tuple[int, ...]]) -> tuple[list[int], list[int]]:
    """The paragraphs compared as wholes, one for each set of sentence types (wire copy repeats
    paragraphs in hundreds of articles), and of those the ones that ask for alike paragraphs:
    those with a sentence no other article's sentence matches, which a fact told in other
    words across sentences leaves in at least one of its two paragraphs."""
    first: dict[tuple[int, ...], int] = {}
    for i, sig in enumerate(signature):
        first.setdefault(sig, i)
    # a type's sentences share their support: it is asked once per type
    alone = {alignment.paragraph_of[sid] for sids in alignment.members if len(alignment.support(sids[0])) == 1
             for sid in sids}
    distinct = sorted(first.values())
    return distinct, [i for i in distinct if alignment.paragraphs[i] in alone]


def _echoes(graph: Graph, weight: list[int], group: list[int], types_in: dict[int, list[int]]) -> dict[int, list[int]]:
    """For each type, the other groups it matches at least ECHO of (in sentences): the ECHOED
    it matches most of, and any more it matches wholly."""
    size = {g: sum(weight[u] for u in types) for g, types in types_in.items()}
    out: dict[int, list[int]] = {}
    for t, near in enumerate(graph):
        matched: dict[int, int] = defaultdict(int)
        for u in near:
            if group[u] != group[t]:
                matched[group[u]] += weight[u]
        ranked = sorted((g for g, n in matched.items() if n >= ECHO * size[g]),
                        key=lambda g: (-matched[g] / size[g], g))
        echoed = [g for n, g in enumerate(ranked) if n < ECHOED or matched[g] >= size[g]]
        if echoed:
            out[t] = echoed
    return out


def _central(graph: Graph, types: list[int], alignment: Alignment) -> int:
    """The sentence that stands for a fact: of its type that matches most of the others (the
    most copied, on a tie), the first sentence."""
    inside = set(types)
    best = max(types, key=lambda t: (sum(1 for u in graph[t] if u in inside), len(alignment.members[t]), -t))
    return alignment.members[best][0]


def _label(text: str) -> str:
    return shortened(" ".join(text.split()), LABEL_CHARS)


def _place(alignment: Alignment, sid: int) -> Place:
    ref = alignment.sentences[sid]
    return Place(ref.article, ref.paragraph, ref.sentence.start, ref.sentence.end)


def _divergences_by_sentence(alignment: Alignment, divergences: Iterable[Divergence]) -> dict[int, list[str]]:
    """Sentence -> the ids of the divergences with a side in it."""
    starts: dict[Ref, tuple[list[int], list[int]]] = {}  # paragraph -> its sentences' starts, ids
    for sid, ref in enumerate(alignment.sentences):
        at = starts.setdefault(Ref(ref.article, ref.paragraph), ([], []))
        at[0].append(ref.sentence.start)
        at[1].append(sid)
    out: dict[int, list[str]] = defaultdict(list)
    for d in divergences:
        for side in d.sides:
            at = starts.get(Ref(side.article, side.paragraph))
            if at:
                i = bisect_right(at[0], side.start) - 1
                if i >= 0 and d.id not in out[at[1][i]]:
                    out[at[1][i]].append(d.id)
    return out
