"""Sentence pairing across articles -> paragraph links -> display rows.

Order-free: sentences are compared as weighted feature sets, never collated in one global
order. Identical sentences (wire copy) collapse into one type first; candidates come from
an inverted index on each type's rarest features, so the work grows with the number of
sentences, not with its square.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.features import clauses, is_quantity, known_names, reference_year, sentence_features, token_features
from tui.core.model import Article, Link, Ref, Sentence
from tui.core.text import Token, specificity

MATCH = 0.25  # the least similarity at which two sentences report one thing
# A quantity and a name or word that two sentences share are evidence of one fact however
# long the sentences: this much inverse document frequency over the two counts as a match.
_QUANTITY_EVIDENCE = 4.0
# One clause of each sentence alike: the fact is there, but the rest of the sentences differ.
_CLAUSE_WEIGHT = 0.5
# Whole paragraphs alike although no single sentence pair is: several facts told in other words.
PARAGRAPH_MATCH = 0.12
_PROBE_FEATURES = 8  # how many of a type's rarest features look up candidates
_POSTINGS_CAP = 256  # how many types one feature's postings hold


@dataclass(frozen=True, slots=True)
class SentenceRef:
    article: str
    paragraph: int
    sentence: Sentence


@dataclass(frozen=True)
class Alignment:
    """Body sentences grouped into types (identical feature sets) and the similar pairs of types."""

    sentences: tuple[SentenceRef, ...]
    type_of: tuple[int, ...]
    members: tuple[tuple[int, ...], ...]
    neighbours: tuple[dict[int, float], ...]
    features: tuple[frozenset[str], ...]
    paragraphs: tuple[Ref, ...]
    paragraph_neighbours: tuple[dict[int, float], ...]
    texts: tuple[str, ...]  # each sentence's text
    tokens: tuple[tuple[tuple[Token, tuple[str, ...]], ...], ...]  # each sentence's token features
    names: dict[str, str]  # the corpus's name words -> their keys
    year: int | None  # the reference year of durations ("since 1994")

    def matches(self, sid: int) -> dict[int, float]:
        """Sentences of other articles that report what sentence `sid` does, with their score."""
        own = self.sentences[sid].article
        t = self.type_of[sid]
        out: dict[int, float] = {}
        for other, score in [(t, 1.0), *self.neighbours[t].items()]:
            for m in self.members[other]:
                if self.sentences[m].article != own and out.get(m, 0.0) < score:
                    out[m] = score
        return out


def align(articles: Sequence[Article]) -> Alignment:
    refs = [
        SentenceRef(a.id, p.index, s)
        for a in articles for p in a.paragraphs if p.is_content for s in p.sentences
    ]
    by_id = {a.id: a for a in articles}
    texts = [by_id[r.article].paragraphs[r.paragraph].text[r.sentence.start:r.sentence.end] for r in refs]
    names, year = known_names(texts), reference_year(texts)
    type_index: dict[_Type, int] = {}
    type_of: list[int] = []
    types: list[_Type] = []
    members: list[list[int]] = []
    sentence_tokens = tuple(tuple(token_features(t, year, names)) for t in texts)
    for text, toks in zip(texts, sentence_tokens):
        key = _sentence_type(text, toks, year, names)
        t = type_index.setdefault(key, len(types))
        if t == len(types):
            types.append(key)
            members.append([])
        members[t].append(len(type_of))
        type_of.append(t)
    idf = _idf([t.features for t in types], [len(m) for m in members])
    scorer = _Scorer(idf)
    neighbours = _similar([t.features for t in types], idf, lambda i, j: scorer(types[i], types[j]), MATCH)
    paragraphs, paragraph_neighbours = _similar_paragraphs(refs, [types[t].features for t in type_of])
    return Alignment(tuple(refs), tuple(type_of), tuple(map(tuple, members)), tuple(neighbours),
                     tuple(t.features for t in types), paragraphs, paragraph_neighbours, tuple(texts),
                     sentence_tokens, names, year)


def _similar_paragraphs(refs: list[SentenceRef], features: list[frozenset[str]]):
    union: dict[Ref, set[str]] = {}
    for ref, feats in zip(refs, features):
        union.setdefault(Ref(ref.article, ref.paragraph), set()).update(feats)
    paragraphs = tuple(union)
    feats = [frozenset(f) for f in union.values()]
    idf = _idf(feats, [1] * len(feats))
    cosine = _Scorer(idf).cosine

    def score(i: int, j: int) -> float:
        return 0.0 if paragraphs[i].article == paragraphs[j].article else cosine(feats[i], feats[j])

    return paragraphs, tuple(_similar(feats, idf, score, PARAGRAPH_MATCH))


@dataclass(frozen=True, slots=True)
class _Type:
    """What is compared of a sentence: its features, and those of its clauses when it has several."""

    features: frozenset[str]
    clauses: tuple[frozenset[str], ...]


def _sentence_type(text: str, toks, year: int | None, names: dict[str, str]) -> _Type:
    parts = clauses(text)
    clause_features = [frozenset(sentence_features(c, year, names)) for c in parts] if len(parts) > 1 else []
    features = frozenset(f for _, feats in toks for f in feats)
    return _Type(features, tuple(c for c in clause_features if len(c) >= 2))


def _idf(features: list[frozenset[str]], counts: list[int]) -> dict[str, float]:
    """Inverse document frequency over items that stand for `counts` documents each."""
    df: dict[str, int] = defaultdict(int)
    for feats, n in zip(features, counts):
        for f in feats:
            df[f] += n
    total = sum(counts)
    return {f: math.log((1 + total) / n) * _specificity(f) for f, n in df.items()}


def _specificity(feature: str) -> float:
    return 1.0 if feature[0] in "@#~y" else specificity(feature)


def _similar(features: list[frozenset[str]], idf: dict[str, float], score, threshold: float) -> list[dict[int, float]]:
    """For each item, the items scoring at least `threshold` with it. Candidates share one of
    the item's rarest features that some other item has too; postings are capped, so common
    features never make the search quadratic."""
    postings: dict[str, list[int]] = defaultdict(list)
    neighbours: list[dict[int, float]] = [{} for _ in features]
    unique = max(idf.values(), default=0.0)  # the weight of a feature only one item has
    for i, feats in enumerate(features):
        shared = [f for f in feats if idf[f] < unique]
        probe = sorted(shared, key=idf.__getitem__, reverse=True)[:_PROBE_FEATURES]
        for j in {c for f in probe for c in postings.get(f, ())}:
            s = score(i, j)
            if s >= threshold:
                neighbours[i][j] = neighbours[j][i] = s
        for f in feats:
            if len(postings[f]) < _POSTINGS_CAP:
                postings[f].append(i)
    return neighbours


class _Scorer:
    """Similarity of two sentence types in [0, 1]: the best of whole-sentence cosine, the
    evidence of shared names and quantities, and the cosine of their most alike clauses."""

    def __init__(self, idf: dict[str, float]):
        self.idf = idf
        self.sq = {f: w * w for f, w in idf.items()}
        self._norms: dict[frozenset[str], float] = {}

    def norm(self, feats: frozenset[str]) -> float:
        n = self._norms.get(feats)
        if n is None:
            n = self._norms[feats] = math.sqrt(sum(self.sq.get(f, 0.0) for f in feats)) or 1.0
        return n

    def cosine(self, a: frozenset[str], b: frozenset[str]) -> float:
        return sum(self.sq.get(f, 0.0) for f in a & b) / (self.norm(a) * self.norm(b))

    def __call__(self, a: _Type, b: _Type) -> float:
        shared = a.features & b.features
        if len(shared) < 2:
            return 0.0
        best = self.cosine(*_without_differing_quantities(a.features, b.features, shared))
        quantity = max((self.idf[f] for f in shared if is_quantity(f)), default=0.0)
        if quantity:
            other = max((self.idf[f] for f in shared if not is_quantity(f)), default=0.0)
            best = max(best, MATCH * (quantity + other) / _QUANTITY_EVIDENCE)
        for ca in a.clauses:
            for cb in b.clauses:
                if len(ca & cb) >= 2:
                    best = max(best, _CLAUSE_WEIGHT * self.cosine(ca, cb))
        return min(best, 1.0)


def _without_differing_quantities(a: frozenset[str], b: frozenset[str], shared: frozenset[str]):
    """Both sentences give a number the other does not: the same slot filled differently is a
    divergence to report, not a sign that the sentences are about different things."""
    only_a = {f for f in a - shared if is_quantity(f)}
    only_b = {f for f in b - shared if is_quantity(f)}
    return (a - only_a, b - only_b) if only_a and only_b else (a, b)


def paragraph_links(alignment: Alignment) -> list[Link]:
    """Every pair of paragraphs of different articles with a matching sentence, best score kept."""
    best: dict[tuple[Ref, Ref], float] = {}
    for sid, ref in enumerate(alignment.sentences):
        a = Ref(ref.article, ref.paragraph)
        for other, score in alignment.matches(sid).items():
            o = alignment.sentences[other]
            b = Ref(o.article, o.paragraph)
            key = (a, b) if a < b else (b, a)
            if best.get(key, 0.0) < score:
                best[key] = score
    for i, near in enumerate(alignment.paragraph_neighbours):
        for j, cosine in near.items():
            a, b = sorted((alignment.paragraphs[i], alignment.paragraphs[j]))
            score = min(1.0, cosine * MATCH / PARAGRAPH_MATCH)
            if best.get((a, b), 0.0) < score:
                best[(a, b)] = score
    return [Link(a, b, score) for (a, b), score in sorted(best.items())]


def rows_for(articles: Sequence[Article], links: Sequence[Link], pivot: str) -> tuple[tuple[Ref, ...], ...]:
    """Display rows in the pivot's order: each pivot paragraph with the paragraphs whose best
    link is to it; paragraphs linked to no pivot paragraph get rows of their own after their
    nearest placed predecessor. Every paragraph is in exactly one row."""
    best: dict[Ref, tuple[float, Ref]] = {}
    for link in links:
        for mine, theirs in ((link.a, link.b), (link.b, link.a)):
            if theirs.article == pivot and mine.article != pivot:
                if mine not in best or best[mine][0] < link.score:
                    best[mine] = (link.score, theirs)
    pivot_article = next(a for a in articles if a.id == pivot)
    slots: list[list[Ref]] = [[Ref(pivot, p.index)] for p in pivot_article.paragraphs]
    title_slot = next((p.index for p in pivot_article.paragraphs if p.kind == "title"), None)
    after: dict[int, list[list[Ref]]] = defaultdict(list)  # rows that follow pivot slot i (-1: before all)
    for article in articles:
        if article.id == pivot:
            continue
        anchor = -1
        for p in article.paragraphs:
            ref = Ref(article.id, p.index)
            if ref in best:
                anchor = best[ref][1].paragraph
                slots[anchor].append(ref)
            elif p.kind == "title" and title_slot is not None:
                anchor = title_slot
                slots[anchor].append(ref)
            else:
                after[anchor].append([ref])
    rows = [tuple(r) for r in after[-1]]
    for i, slot in enumerate(slots):
        rows.append(tuple(slot))
        rows.extend(tuple(r) for r in after[i])
    return tuple(rows)
