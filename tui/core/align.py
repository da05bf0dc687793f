"""Sentence pairing across articles -> paragraph links -> display rows.

Order-free: sentences are compared as weighted feature sets, never collated in one global
order. Sentences with the same features (wire copy) are one *type*; types are paired by
an inverted index on their rarest features, candidates ranked by how many of those they
share and only the best few scored, so the work grows with the number of distinct
sentences, not with its square. A second look, at words the event's outlets use for one
thing (learned from the first, `correspond.py`), finds sentences that tell it in other words.
Support (k of n), rows and divergences are read off the type graph; facts (`facts.py`) group
its sentences.
"""

from __future__ import annotations

import heapq
import itertools
import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from tui.core.correspond import Correspondences, correspondences
from tui.core.entities import Names
from tui.core.features import (TokenFeatures, attribution_start, clauses, conflate_agent_nouns, holds_number,
                               is_quantity, is_word, reference_year, token_features, word_pairs)
from tui.core.grouping import grouped
from tui.core.mentions import NameSpan
from tui.core.model import Article, Ref, Sentence
from tui.core.slots import FATES
from tui.core.text import specificity, stem

# Pivoted length normalisation (Singhal, Buckley and Mitra, 1996): the cosine divides by each
# sentence's length pulled halfway towards the corpus's average length, so a long sentence
# that tells the fact among others is not drowned, and two short ones sharing a word or two
# do not look alike by their shortness alone.
PIVOT_SLOPE = 0.5
MATCH = 0.2  # the least similarity at which two sentences report one thing
# A quantity and a name or word that two sentences share are evidence of one fact however
# long the sentences: this much inverse document frequency over the two counts as a match.
_QUANTITY_EVIDENCE = 4.0
# One clause of each sentence alike: the fact is there, but the rest of the sentences differ.
_CLAUSE_WEIGHT = 0.75
_CLAUSE_SHARED = 3  # how many features two clauses share at least: two make any pair of clauses alike
# Words that stand together in both sentences ("rangers closed the trail" / "the trail was
# closed by rangers") are far more telling than the same words anywhere in them: two sentences
# of different articles that share this many pairs of nearby words tell one thing in the same
# words, though the rest of them differs and their cosine is low. One pair is often only the
# story's own collocation ("fire crew"): measured, it cost both development sets precision;
# two lifted links recall on both at equal precision. Inside one article, a writer's repeated
# phrasing is style, not a second report of the fact.
PHRASE_MATCH = 2
# How many words apart (stopwords not counted) two words still stand together: a word or two of
# description may come between ("closed the narrow winding mountain pass"). Measured on ten real
# events annotated as the development gold is (not shipped: the articles are publishers'), links
# F1 0.544 -> 0.555 from 3 to 4, 0.557 at 5 and 0.551 at 6, where the development sets fall; at 4
# they are unchanged.
_PHRASE_WINDOW = 4
_PHRASE_FLOOR = MATCH / 4  # the least similarity of the whole sentences for their pairs to count
# A match this good to a third article's sentence vouches for two sentences that are only
# this alike to each other.
VOUCHING = 0.25
CORROBORATED = 0.15
_VOUCHED = 8  # how many of a sentence's best matches it vouches for, pairwise
# Two words the event's outlets use for one thing (`correspond.py`) count as this much of a
# shared word: sentences that match only so are lifted to the bare MATCH, never above, so
# they neither vouch nor join facts before real matches do. Measured on the development sets
# (links F1; the sample's 0.955 unchanged up to 0.6): 0.3 -> the second set 0.645, 0.4 -> 0.640,
# 0.5 -> 0.654 (recall 0.543 -> 0.586, precision 0.779 -> 0.740), 0.6 -> 0.658; from 0.7
# the sample falls (0.928) and, at a whole word, the second set too (0.626).
CORRESPONDING = 0.5
# The most matches in corresponding words one type gains: a few per sentence are ways of
# telling its fact (7 at most on the development sets); many are words that merely never meet,
# and they would make the graph the facts are grouped from dense (a generated corpus of 200
# articles whose every sentence has its own filler words: 23 s uncapped, 11 s capped, 5.8 s
# without this second look).
_CORRESPONDING_MATCHES = 8
# A name each article gives in one sentence at most is named there for one reason: two such
# sentences that share this many words besides names and numbers report one fact.
_ANCHOR_WORDS = 2
# Whole paragraphs alike although no single sentence pair is: several facts told in other words.
PARAGRAPH_MATCH = 0.12
_PARAGRAPH_WORDS = 2  # how many words (not names, not numbers) such paragraphs share at least
# How many of an item's rarest features look up candidates: for sentences, enough that no pair
# scoring above MATCH was missed on the development events and generated corpora (8 missed 1-2%
# of them: a sentence full of rare names never met its partner); paragraphs alike as wholes
# are a fallback after the sentences, looked up by fewer.
_PROBE_FEATURES = 16
_PARAGRAPH_PROBE_FEATURES = 8
_POSTINGS_CAP = 256  # how many items one feature's postings hold
# How many candidates, those sharing most probe features, are scored: with 96, an exhaustive
# comparison of every pair finds no pair above MATCH that the search missed, on both
# development events and 50 and 200 generated articles (48 missed 3.6% at 200, whose
# repeated names, read as one, make many sentences alike).
_CANDIDATES = 96
# The words of death and of wounds (`slots.FATES`), by stem: "kill" -> dead, "wound" -> hurt. Not
# those that are as often other words ("lives", "gunned"), nor other fates, which follow one another
# ("detained" then "charged", "missing" then "rescued": one count of one group).
_FATE_OF_STEM = {stem(word): fate for word, fate in FATES.items()
                 if fate in ("dead", "hurt") and word not in ("lives", "gunned")}


@dataclass(frozen=True, slots=True)
class SentenceRef:
    article: str
    paragraph: int
    sentence: Sentence


@dataclass(frozen=True, slots=True)
class SentenceType:
    """What is compared of a sentence: its features, and those of its clauses when it has several."""

    features: frozenset[str]
    clauses: tuple[frozenset[str], ...]
    quantities: frozenset[str]  # its numbers, years and durations, read once for every pair
    fates: frozenset[str]  # whether it tells of the dead or of the hurt (`_FATE_OF_STEM`)
    phrases: frozenset[tuple[str, str]]  # its pairs of content words standing near each other


@dataclass(frozen=True)
class Alignment:
    """Body sentences, their types, and the similar pairs of types."""

    sentences: tuple[SentenceRef, ...]
    texts: tuple[str, ...]
    token_features: dict[str, TokenFeatures]  # per distinct sentence text
    type_of: tuple[int, ...]
    types: tuple[SentenceType, ...]
    members: tuple[tuple[int, ...], ...]
    neighbours: tuple[dict[int, float], ...]
    year: int | None  # the reference year of durations ("since 1994")

    def tokens(self, sid: int) -> TokenFeatures:
        return self.token_features[self.texts[sid]]

    def features(self, sid: int) -> frozenset[str]:
        return self.types[self.type_of[sid]].features

    @cached_property
    def _articles_of_type(self) -> tuple[frozenset[str], ...]:
        return _articles_of(self.sentences, self.members)

    @cached_property
    def _support(self) -> tuple[tuple[str, ...], ...]:
        arts = self._articles_of_type
        return tuple(tuple(sorted(arts[t].union(*(arts[n] for n in self.neighbours[t]))))
                     for t in range(len(self.types)))

    def support(self, sid: int) -> tuple[str, ...]:
        """The articles that report what sentence `sid` says, its own included, sorted."""
        return self._support[self.type_of[sid]]

    def known_features(self, sid: int) -> frozenset[str]:
        """Features that sentences of other articles matching `sid` have."""
        own = self.sentences[sid].article
        t = self.type_of[sid]
        # Only types found in `own` alone depend on which article asks: the rest is shared.
        key = (t, own if own in self._sole_articles[t] else None)
        known = self._known.get(key)
        if known is None:
            arts = self._articles_of_type
            known = self._known[key] = frozenset().union(*(
                self.types[n].features for n in (t, *self.neighbours[t]) if arts[n] - {own}
            ))
        return known

    @cached_property
    def _sole_articles(self) -> tuple[frozenset[str], ...]:
        arts = self._articles_of_type
        return tuple(frozenset(a for n in (t, *self.neighbours[t]) if len(arts[n]) == 1 for a in arts[n])
                     for t in range(len(self.types)))

    @cached_property
    def _known(self) -> dict[tuple[int, str | None], frozenset[str]]:
        return {}

    @cached_property
    def paragraph_of(self) -> tuple[Ref, ...]:
        """Each sentence's paragraph."""
        return tuple(Ref(r.article, r.paragraph) for r in self.sentences)

    @cached_property
    def paragraphs(self) -> tuple[Ref, ...]:
        return tuple(dict.fromkeys(self.paragraph_of))

    @cached_property
    def sentences_in(self) -> tuple[list[int], ...]:
        """For each of `paragraphs`, its sentences."""
        index = {p: n for n, p in enumerate(self.paragraphs)}
        out: tuple[list[int], ...] = tuple([] for _ in self.paragraphs)
        for sid, p in enumerate(self.paragraph_of):
            out[index[p]].append(sid)
        return out

    @cached_property
    def paragraph_types(self) -> tuple[tuple[int, ...], ...]:
        """For each of `paragraphs`, the types of its sentences, each once, sorted."""
        return tuple(tuple(sorted({self.type_of[sid] for sid in sids})) for sids in self.sentences_in)

    @cached_property
    def paragraph_features(self) -> tuple[list[frozenset[str]], dict[str, float]]:
        """Each of `paragraphs`' features, and their weights over the paragraphs. Paragraphs of
        the same types (wire copy repeats whole paragraphs) share one set, made and counted once."""
        copies = Counter(self.paragraph_types)
        made = {types: frozenset().union(*(self.types[t].features for t in types)) for types in copies}
        return [made[types] for types in self.paragraph_types], _idf(list(made.values()), list(copies.values()))


def align(articles: Sequence[Article], names: Names) -> Alignment:
    """`names` are the story's names, read once for the whole analysis."""
    refs = [SentenceRef(a.id, p.index, s) for a in articles for p in a.paragraphs if p.is_content for s in p.sentences]
    by_id = {a.id: a for a in articles}
    texts = tuple(by_id[r.article].paragraphs[r.paragraph].text[r.sentence.start:r.sentence.end] for r in refs)
    names_in = _names_in_sentences(refs, texts, names)
    year = reference_year(names_in.keys())
    token_cache = conflate_agent_nouns({t: tuple(token_features(t, year, spans)) for t, spans in names_in.items()})
    type_index: dict[frozenset[str], int] = {}
    types: list[SentenceType] = []
    members: list[list[int]] = []
    type_of = []
    type_of_text: dict[str, int] = {}  # wire copy repeats a sentence word for word: read it once
    for sid, text in enumerate(texts):
        t = type_of_text.get(text)
        if t is None:
            said = attribution_start(text)  # who said it is not what was said: it matches nothing
            told = tuple(tf for tf in token_cache[text] if tf[0].start < said)
            features = frozenset(f for _, feats in told for f in feats)
            t = type_of_text[text] = type_index.setdefault(features, len(types))
            if t == len(types):
                types.append(_sentence_type(text[:said], told, features))
                members.append([])
        members[t].append(sid)
        type_of.append(t)
    idf = _idf([t.features for t in types], [len(m) for m in members])
    scorer = _Scorer(idf, (t.features for t in types))
    articles = _articles_of(refs, members)

    def score(i: int, j: int) -> float:
        return scorer(types[i], types[j], across=articles[i].isdisjoint(articles[j]))

    neighbours = _similar([t.features for t in types], idf, score, MATCH, probes=_PROBE_FEATURES)
    _add_corresponding(neighbours, types, articles, [len(m) for m in members], scorer)
    _add_anchored(neighbours, types, articles)
    _add_corroborated(neighbours, articles, score)
    return Alignment(tuple(refs), texts, token_cache, tuple(type_of), tuple(types),
                     tuple(map(tuple, members)), tuple(neighbours), year)


def _names_in_sentences(refs: Sequence[SentenceRef], texts: Sequence[str], names: Names) -> dict[str, list[NameSpan]]:
    """Each distinct sentence text -> its names, at offsets into it (wire copy: a sentence
    repeated word for word is read where it first stands)."""
    first = dict(zip(reversed(texts), reversed(refs)))  # each text's first telling
    in_paragraph = names.spans({(r.article, r.paragraph) for r in first.values()})  # each in order
    # A sentence's names are found by bisection: a file written on one line is one paragraph
    # (5 MB: 70,000 sentences, each of which looked through every name of it).
    starts = {where: [n.start for n in found] for where, found in in_paragraph.items()}
    out: dict[str, list[NameSpan]] = {}
    for text in texts:
        if text not in out:
            r = first[text]
            s, where = r.sentence, (r.article, r.paragraph)
            found, at = in_paragraph.get(where, ()), starts.get(where, ())
            out[text] = [NameSpan(n.start - s.start, n.end - s.start, n.key)
                         for n in found[bisect_left(at, s.start):bisect_left(at, s.end)]]
    return out


def _articles_of(sentences: Sequence[SentenceRef], members: Sequence[Sequence[int]]) -> tuple[frozenset[str], ...]:
    """For each sentence type, the articles its sentences are in."""
    return tuple(frozenset(sentences[m].article for m in ms) for ms in members)


def _add_corresponding(neighbours: list[dict[int, float]], types: Sequence[SentenceType],
                       articles: Sequence[frozenset[str]], weight: list[int], scorer: _Scorer) -> None:
    """Sentences of different articles alike once the words the outlets use for one thing
    (learned from the sentences matched so far, grouped as facts are) count as shared, match at
    the bare MATCH score (so they never vouch)."""
    related = correspondences([t.features for t in types], articles, grouped(neighbours, weight))
    if not related:
        return
    postings: dict[str, list[int]] = defaultdict(list)  # a corresponding word -> the types using it
    for t, sentence_type in enumerate(types):
        for f in sentence_type.features & related.keys():
            if len(postings[f]) < _POSTINGS_CAP:
                postings[f].append(t)
    gained = [0] * len(types)
    for a, sentence_type in enumerate(types):
        near, own = neighbours[a], articles[a]
        counts: Counter[int] = Counter(b for x in sorted(sentence_type.features & related.keys())
                                       for y in sorted(related[x]) for b in postings[y] if b > a and b not in near)
        # A pair is alike in two things at least (`_Scorer`): corresponding words or shared features.
        unmatched = (b for b, n in counts.most_common()
                     if own.isdisjoint(articles[b]) and gained[b] < _CORRESPONDING_MATCHES
                     and (n >= 2 or not sentence_type.features.isdisjoint(types[b].features)))
        for b in itertools.islice(unmatched, _CANDIDATES):
            if scorer(sentence_type, types[b], across=True, related=related) >= MATCH:
                neighbours[a][b] = neighbours[b][a] = MATCH
                gained[a] += 1
                gained[b] += 1
                if gained[a] == _CORRESPONDING_MATCHES:
                    break


def _add_anchored(neighbours: list[dict[int, float]], types: Sequence[SentenceType],
                  articles: Sequence[frozenset[str]]) -> None:
    """Sentences of different articles naming someone those articles name only there, and
    sharing _ANCHOR_WORDS words besides, match at the bare MATCH score (so they never vouch)."""
    for group in _anchor_groups(types, articles):
        for n, a in enumerate(group):
            for c in group[n + 1:]:
                if c in neighbours[a] or not articles[a].isdisjoint(articles[c]):
                    continue
                if sum(1 for f in types[a].features & types[c].features if is_word(f)) >= _ANCHOR_WORDS:
                    neighbours[a][c] = neighbours[c][a] = MATCH


def _anchor_groups(types: Sequence[SentenceType], articles: Sequence[frozenset[str]]) -> Iterator[list[int]]:
    """For each name that two articles or more give, each in one sentence type only, those types."""
    by_name: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for t, sentence_type in enumerate(types):
        for f in sentence_type.features:
            if f[0] == "@":
                for article in articles[t]:
                    by_name[f][article].add(t)
    for name in sorted(by_name):
        per_article = by_name[name].values()
        if len(per_article) > 1 and all(len(ts) == 1 for ts in per_article):
            yield sorted(set().union(*per_article))


def _add_corroborated(neighbours: list[dict[int, float]], articles: Sequence[frozenset[str]],
                      score: Callable[[int, int], float]) -> None:
    """Two sentences somewhat alike (CORROBORATED) that both match one sentence of a third
    article well (VOUCHING) report one fact: the third source vouches for the pair, which
    then matches at the bare MATCH score, below VOUCHING, so a vouched pair never vouches."""
    for b, near in enumerate(neighbours):
        vouched = heapq.nlargest(_VOUCHED, (a for a, s in near.items() if s >= VOUCHING), key=lambda a: (near[a], -a))
        for n, a in enumerate(vouched):
            for c in vouched[n + 1:]:
                if c in neighbours[a] or not articles[b] - articles[a] - articles[c] or articles[a] == articles[c]:
                    continue
                if score(a, c) >= CORROBORATED:
                    neighbours[a][c] = neighbours[c][a] = MATCH


def _sentence_type(text: str, toks: TokenFeatures, features: frozenset[str]) -> SentenceType:
    quantities = frozenset(filter(is_quantity, features))
    fates = frozenset(_FATE_OF_STEM[f] for f in features if f in _FATE_OF_STEM)
    phrases = word_pairs(text, toks, _PHRASE_WINDOW)
    parts = clauses(text)
    if len(parts) < 2:
        return SentenceType(features, (), quantities, fates, phrases)
    at = [tok.start for tok, _ in toks]  # a clause's words by bisection: a sentence may be 5 MB long
    clause_features = (frozenset(f for _, feats in toks[bisect_left(at, start):bisect_left(at, end)] for f in feats)
                       for start, end in parts)
    return SentenceType(features, tuple(c for c in clause_features if len(c) >= 2), quantities, fates, phrases)


def _idf(features: list[frozenset[str]], counts: list[int]) -> dict[str, float]:
    """Inverse document frequency over items standing for `counts` documents each, times
    how specific the word is in English at large."""
    df: dict[str, int] = defaultdict(int)
    for feats, n in zip(features, counts):
        for f in feats:
            df[f] += n
    total = sum(counts)
    return {f: math.log((1 + total) / n) * _specificity(f) for f, n in df.items()}


def _specificity(feature: str) -> float:
    return specificity(feature) if is_word(feature) else 1.0


def _similar(features: list[frozenset[str]], idf: dict[str, float], score: Callable[[int, int], float],
             threshold: float, among: Sequence[int] | None = None,
             asking: Iterable[int] | None = None, probes: int = _PARAGRAPH_PROBE_FEATURES) -> list[dict[int, float]]:
    """For each item, the items scoring at least `threshold` with it: every pair of items, or
    with `among`, the pairs of an item of `among` and another of `asking` (by default, every
    item not in `among`).

    Candidates share one of the item's rarest features that another item has too; postings
    are capped and only the candidates sharing most of those features are scored, so common
    features never make the search quadratic."""
    postings: dict[str, list[int]] = defaultdict(list)
    neighbours: list[dict[int, float]] = [{} for _ in features]
    unique = max(idf.values(), default=0.0)  # the weight of a feature only one item has

    def index(i: int) -> None:
        for f in features[i]:
            if len(postings[f]) < _POSTINGS_CAP:
                postings[f].append(i)

    def query(i: int) -> None:
        # Rarest first; equal weights ordered by the feature, so the result never depends
        # on the order in which a set happens to iterate.
        probe = heapq.nlargest(probes, (f for f in features[i] if idf[f] < unique), key=lambda f: (idf[f], f))
        counts: Counter[int] = Counter()
        for f in probe:
            counts.update(postings.get(f, ()))
        counts.pop(i, None)  # an item of `among` that asks too
        for j, _ in counts.most_common(_CANDIDATES):
            s = score(i, j)
            if s >= threshold:
                neighbours[i][j] = neighbours[j][i] = s

    if among is None:
        for i in range(len(features)):
            query(i)  # against the items before it
            index(i)
    else:
        for i in among:
            index(i)
        chosen = set(among)
        for i in (j for j in range(len(features)) if j not in chosen) if asking is None else asking:
            query(i)
    return neighbours


class _Weights(dict):
    """Squared feature weights; a feature the corpus statistics never saw weighs nothing."""

    def __missing__(self, feature: str) -> float:
        return 0.0


class _Scorer:
    """Similarity of two sentence types in [0, 1]: the best of whole-sentence cosine, the
    evidence of a shared quantity with a shared name or word, and the cosine of their most
    alike clauses; `across` articles, at least MATCH when they share PHRASE_MATCH pairs of
    nearby words."""

    def __init__(self, idf: dict[str, float], items: Iterable[frozenset[str]] = ()):
        self.idf = idf
        self.sq = _Weights((f, w * w) for f, w in idf.items())
        self._norms: dict[frozenset[str], float] = {}
        self._pivots: dict[frozenset[str], float] = {}
        norms = [self.norm(f) for f in items]
        self.pivot = math.fsum(norms) / len(norms) if norms else 1.0  # the average length
    def norm(self, feats: frozenset[str]) -> float:
        n = self._norms.get(feats)
        if n is None:
            n = self._norms[feats] = math.sqrt(math.fsum(map(self.sq.__getitem__, feats))) or 1.0
        return n

    def cosine(self, a: frozenset[str], b: frozenset[str], pairs: Sequence[tuple[str, str]] = (),
               shared: frozenset[str] | None = None) -> float:
        """Each of `pairs`, corresponding words of `a` and `b` (`_corresponding`), counts as
        CORRESPONDING of a shared word. `shared` is `a & b` when the caller has it."""
        # fsum is exact, so the score does not depend on the order the set iterates in
        weight = math.fsum(map(self.sq.__getitem__, a & b if shared is None else shared))
        if pairs:
            weight += CORRESPONDING * math.fsum(self.idf[x] * self.idf[y] for x, y in pairs)
        return min(1.0, weight / (self._pivoted(a) * self._pivoted(b)))

    def _pivoted(self, feats: frozenset[str]) -> float:
        """The length a cosine divides by: the item's own, pulled towards the average."""
        pivoted = self._pivots.get(feats)
        if pivoted is None:
            pivoted = self._pivots[feats] = (1 - PIVOT_SLOPE) * self.pivot + PIVOT_SLOPE * self.norm(feats)
        return pivoted

    def __call__(self, a: SentenceType, b: SentenceType, across: bool, related: Correspondences | None = None) -> float:
        """With `related`, corresponding words count as shared, in part (`cosine`)."""
        shared = a.features & b.features
        if a.fates and b.fates and a.fates.isdisjoint(b.fates):
            # "29 were wounded" and "killed 29": one number of two counts (not the day or year they share)
            shared -= {q for q in a.quantities if holds_number((q,))}
        # Corresponding words are words, never quantities: the pairs stay those of the features
        # without differing quantities, so they are found once.
        pairs = _corresponding(a.features - shared, b.features - shared, related) if related else ()
        if len(shared) + len(pairs) < 2:
            return 0.0
        best = self.cosine(*_without_differing_quantities(a, b, shared), pairs, shared)
        quantities = a.quantities & shared
        quantity = max(map(self.idf.__getitem__, quantities)) if quantities else 0.0
        if quantity:
            other = max((self.idf[f] for f in shared - a.quantities), default=0.0)
            best = max(best, MATCH * (quantity + other) / _QUANTITY_EVIDENCE)
        for ca in a.clauses:
            for cb in b.clauses:
                common = ca & cb
                if len(common) >= _CLAUSE_SHARED:
                    pairs = _corresponding(ca - cb, cb - ca, related) if related else ()
                    best = max(best, _CLAUSE_WEIGHT * self.cosine(ca, cb, pairs, common))
        if across and _PHRASE_FLOOR <= best < MATCH and len(a.phrases & b.phrases) >= PHRASE_MATCH:
            best = MATCH  # the bare threshold, below VOUCHING: a match in phrases never vouches
        return min(best, 1.0)


def _corresponding(only_a: frozenset[str], only_b: frozenset[str], related: Correspondences) -> list[tuple[str, str]]:
    """Pairs of a word of `only_a` and one of `only_b` that correspond, each word in one pair."""
    out, taken = [], set()
    # Correspondence is symmetric: only the words of `only_b` that have correspondents, and the
    # words of `only_a` among their correspondents, can pair. Most pairs of sentences have few.
    answering = only_b & related.keys()
    if not answering:
        return out
    for x in sorted(only_a & set().union(*map(related.__getitem__, answering))):
        y = min((related[x] & answering) - taken, default=None)
        if y is not None:
            out.append((x, y))
            taken.add(y)
    return out


def _without_differing_quantities(a: SentenceType, b: SentenceType, shared: frozenset[str]):
    """Both sentences give a number the other does not: the same slot filled differently is a
    divergence to report, not a sign that the sentences are about different things. Only
    features the other lacks are left out, so what the two share stays `shared`."""
    only_a, only_b = a.quantities - shared, b.quantities - shared
    return (a.features - only_a, b.features - only_b) if only_a and only_b else (a.features, b.features)


def paragraph_similarity(alignment: Alignment, among: Sequence[int] | None = None,
                          asking: Iterable[int] | None = None) -> list[dict[int, float]]:
    """Paragraphs alike as wholes (as link scores), against all paragraphs or those of `among`
    (for the paragraphs of `asking`). One of the two tells several sentences: this finds facts
    told in other words across them, which no single pair of sentences shows."""
    feats, idf = alignment.paragraph_features
    paragraphs = alignment.paragraphs
    several = [len(sids) > 1 for sids in alignment.sentences_in]
    cosine = _Scorer(idf, feats).cosine

    def score(i: int, j: int) -> float:
        if paragraphs[i].article == paragraphs[j].article or not (several[i] or several[j]):
            return 0.0  # two one-sentence paragraphs: their sentences have been compared
        if not _say_alike(feats[i] & feats[j]):
            return 0.0
        return min(1.0, cosine(feats[i], feats[j]) * MATCH / PARAGRAPH_MATCH)

    return _similar(feats, idf, score, MATCH, among, asking)


def _say_alike(shared: frozenset[str]) -> bool:
    """Two paragraphs that share only names and numbers (the same countries listed, say) are
    about the same things, not the same report: they must share words too."""
    return sum(1 for f in shared if is_word(f)) >= _PARAGRAPH_WORDS
