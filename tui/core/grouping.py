"""Sentence types grouped into the things they report, best match first.

The match graph (sentence types and their similar pairs) is not transitive: a sentence that
tells two things matches sentences of two facts that do not match each other. Its connected
components chain unrelated facts, so groups are grown greedily instead, best match first
(average linkage): two groups join only when enough of the pairs between them match. The
facts are these groups (`facts.py`); the alignment reads a first grouping to learn how the
outlets word each thing (`correspond.py`).
"""

from __future__ import annotations

Graph = list[dict[int, float]]  # sentence type -> {matching type: score}

# Two groups of sentences join when more than a third of the pairs between them match: a
# fact grows by sentences that match part of it, not by a chain of one match each. On the
# development sets, a tenth chained unrelated facts (links precision about 0.7 and 0.6) and more
# than a half split facts whose sentences each match only some of the others.
JOIN = 0.35


def grouped(graph: Graph, weight: list[int]) -> list[int]:
    """Each type's group (the id of one of its types), grown best match first; a type weighs
    as many sentences as it has."""
    group = list(range(len(graph)))  # each type's group, relabelled as groups join (the smaller moves)
    types_of = {t: [t] for t in range(len(graph))}
    size = list(weight)  # a group's sentences, kept under its id
    # group -> each group it has matches with -> the sentence pairs that match between them, kept
    # as groups join, so a join is weighed without counting its pairs again
    matching: dict[int, dict[int, int]] = {t: {u: weight[t] * weight[u] for u in near} for t, near in enumerate(graph)}
    edges = sorted(((s, a, b) for a, near in enumerate(graph) for b, s in near.items() if a < b), reverse=True)
    for _, a, b in edges:
        small, large = sorted((group[a], group[b]), key=lambda g: (len(types_of[g]), g))
        if small != large and matching[small].get(large, 0) >= JOIN * size[small] * size[large]:
            _join(small, large, matching)
            for t in types_of[small]:
                group[t] = large
            types_of[large] += types_of.pop(small)
            size[large] += size[small]
    return group


def _join(small: int, large: int, matching: dict[int, dict[int, int]]) -> None:
    """Move the matches of group `small` to group `large`, which takes it in."""
    for other, pairs in matching.pop(small).items():
        del matching[other][small]
        if other != large:
            matching[large][other] = matching[large].get(other, 0) + pairs
            matching[other][large] = matching[other].get(large, 0) + pairs
