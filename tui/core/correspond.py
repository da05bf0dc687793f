"""Word correspondences learned from the event's own articles, not from a list.

The sentences the alignment already matches, grouped into the things they report
(`grouping.py`), show how each outlet words each thing. Where four outlets or more report one
thing and some say "seized" where the others say "took", each article one word or the
other, never both, and no sentence anywhere uses the two together, the two words are
alternatives in telling that thing. Often they are synonyms (seized / took, blaze /
fire); as often they are two details of it that different outlets chose (arrested /
charged), which still say that a sentence tells that thing. So a correspondence counts
as part of a shared word only, and lifts two sentences to the bare threshold at most (see
`align.py`). Read afresh from every corpus: nothing is fitted to one story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tui.core.features import is_word

Correspondences = dict[str, frozenset[str]]  # a word's stem -> the stems that correspond to it

# Two words correspond when, in one group, this many articles use one or the other. With
# fewer, a pair is as often what two outlets happen to add as another way to say the thing:
# with 3, links F1 fell on both development sets (sample 0.955 -> 0.912, the second set 0.640 ->
# 0.627); with 5, few pairs are found (the second set 0.642, against 0.654 with 4).
COVER = 4
# A group with more distinct words than this is not searched for pairs: it tells many things,
# not one (the development sets' largest have under 70), and its pairs grow with the square.
_GROUP_WORDS = 200
# A word found to correspond to more words than this is one that merely never meets them
# (the development sets' most have 30 and 20); its pairs would be searched at every sentence.
_MOST_CORRESPONDING = 32


def correspondences(features: Sequence[frozenset[str]], articles: Sequence[frozenset[str]],
                    group: Sequence[int]) -> Correspondences:
    """Pairs of words that outlets use for one thing (see the module's docstring), from each
    sentence type's `features`, the `articles` it is in and its `group`."""
    used: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # group -> word -> articles
    together: dict[str, set[int]] = defaultdict(set)  # word -> the sentence types that use it
    for t, feats in enumerate(features):
        for w in filter(is_word, feats):
            together[w].add(t)
            used[group[t]][w].update(articles[t])
    out: dict[str, set[str]] = defaultdict(set)
    for words in used.values():
        if len(words) > _GROUP_WORDS or len(set().union(*words.values())) < COVER:
            continue  # too many words; too few articles to find a pair in
        for x, y in _complementary(words):
            if together[x].isdisjoint(together[y]):
                out[x].add(y)
                out[y].add(x)
    loose = {w for w, ws in out.items() if len(ws) > _MOST_CORRESPONDING}
    return {w: frozenset(ws - loose) for w, ws in out.items() if w not in loose and ws - loose}


def _complementary(words: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The pairs of words no article of the group uses both of, used by COVER articles together."""
    ordered = sorted(words)
    return [(x, y) for n, x in enumerate(ordered) for y in ordered[n + 1:]
            if len(words[x]) + len(words[y]) >= COVER and words[x].isdisjoint(words[y])]
