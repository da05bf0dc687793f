"""Sentence -> weighted features for order-free similarity: stems, numbers, durations, names."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

from tui.core.mentions import NameSpan
from tui.core.text import (DATELINE_AT_START, STOPWORDS, Token, fold, is_title, live_entry, number_value, stem,
                           strip_possessive, tokens)

TokenFeatures = tuple[tuple[Token, tuple[str, ...]], ...]  # a sentence's tokens, each with its features

_LIVE_LABEL = re.compile(r"[A-Z][a-zA-Z]*:\s+")  # "Update: ", after a live page's time
_YEAR = re.compile(r"^(19|20)\d\d$")
_DURATION_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10}


def token_features(text: str, reference_year: int | None, names: Sequence[NameSpan]) -> list[tuple[Token, tuple[str, ...]]]:
    """Each token with the features it contributes: content stems, `#n` numbers, `^N` years,
    `~Ny` durations, and for every word of a name (`names`, where the one reading of names
    found them in the sentence) `@key`, so agreement can mark the whole name. None for
    stopwords, nor for a dateline or a live page's time: where and when the story was filed is not
    what it says ("14:30 Update: …" is no "14-minute recording"). The kind marks are characters
    no stem begins with, so a word is never taken for a quantity."""
    cut = _said_from(text, names)
    toks = tokens(text)
    words = [strip_possessive(t.text) for t in toks]
    out: list[tuple[Token, tuple[str, ...]]] = []
    spans = iter(names)
    span = next(spans, None)
    for i, tok in enumerate(toks):
        while span is not None and span.end <= tok.start:
            span = next(spans, None)
        if tok.start < cut:
            out.append((tok, ()))
        elif span is not None and span.start <= tok.start:
            out.append((tok, (f"@{span.key}",)))
        else:
            out.append((tok, _word_features(words, i, reference_year)))
    return out


def _said_from(text: str, names: Sequence[NameSpan]) -> int:
    """Where what a sentence says starts: past its dateline, or past a live page's time and the
    one-word label after it ("14:30 Update: …", "09:10 Breaking: …"; not a name: "15:02 Macron:
    We will…" is Macron's, "23:45 Sunderland: Labour hold" Sunderland's)."""
    dateline = DATELINE_AT_START.match(text)
    if dateline:
        return dateline.end()
    entry = live_entry(text)
    label = _LIVE_LABEL.match(text, entry) if entry else None
    if label is None or any(n.start < label.end() and entry < n.end for n in names):
        return entry
    return label.end()


def _word_features(words: list[str], i: int, reference_year: int | None) -> tuple[str, ...]:
    word = words[i]
    low = fold(word)
    value = number_value(word)
    following = fold(words[i + 1]) if i + 1 < len(words) else ""
    if value is not None and following in _DURATION_UNITS:
        return (_duration(value * _DURATION_UNITS[following]),)
    if _YEAR.match(word):
        if reference_year and i and fold(words[i - 1]) == "since":
            return f"^{word}", _duration(reference_year - int(word))
        return (f"^{word}",)
    if value is not None:
        return (f"#{value:g}",)
    if low in STOPWORDS or len(low) < 2:
        return ()
    return (stem(low),)


# A sentence's closing attribution: ", the ministry said.", ", the embassy confirmed on Monday.",
# ", said Jane Doe.", ", according to the police." (not "A spokesman, Ivo Roe, said the results were
# due in a week.", whose words after "said" are what was said). Outlets repeat a source's name beside many
# different facts, so the words of the attribution are no sign that two sentences tell one.
_ATTRIBUTION = re.compile(
    r",\s+(?:[^,;:“”\"]{1,60}?\s+)?(?:said|says|confirmed|reported|announced|added|noted|stated"
    r"|told\s+\w+(?:\s+\w+)?)(?:\s+on\s+\w+)?\s*[.!]?[”\"]?\s*$"
    r"|,\s+(?:said|says|according\s+to)\s+"
    # a verb before any relative pronoun makes the words after "said" what was said; one after it
    # describes the source (", according to officials who have seen the letter.")
    r"(?!(?:(?!\b(?:who|which|that)\b)[^,;:])*\b(?:was|were|is|are|had|has|have|would|will)\b)"
    r"[^,;:]{1,60}?[.!]?\s*$",
    re.I,
)


def attribution_start(text: str) -> int:
    """Where the sentence's closing attribution starts; the text's length when it has none."""
    m = _ATTRIBUTION.search(text)
    return m.start() if m else len(text)


# Where a sentence turns to another fact: punctuation, a relative or subordinate clause, and a
# participle after a comma ("…, sending cars into the river"), which tells a consequence.
_CLAUSE = re.compile(r"[;:](?=\s)|[()—–]|\s[-‐]\s"
                     r"|,(?=\s+(?:\w+ing|who|which|where|when|after|before|while|but|and|as|said|according)\b)"
                     r"|\b(?:while|whereas|but|who|which|where|after|before|when|as|said)\b")


def clauses(text: str) -> list[tuple[int, int]]:
    """A sentence's clauses, as offsets: one fact often sits in one of them. A participle
    opens a clause only after a comma; the comma itself already splits there."""
    cuts = [0, *(x for m in _CLAUSE.finditer(text) for x in m.span()), len(text)]
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if text[cuts[k]:cuts[k + 1]].strip()]


def _duration(years: float) -> str:
    """Durations meet when they round to the same five years: over three decades ~ since 1994."""
    return f"~{5 * round(years / 5):g}y"


def conflate_agent_nouns(token_features: dict[str, TokenFeatures]) -> dict[str, TokenFeatures]:
    """Each sentence's tokens with an agent noun's stem replaced by that of the word it is made
    from, where the corpus uses both: rescuers report a rescue, a freighter carries freight,
    workers work. Snowball leaves these derivations apart."""
    words = {f for toks in token_features.values() for _, feats in toks for f in feats if is_word(f)}
    base = {}
    for w in words:
        if w.endswith("er") and len(w) >= 6:
            root = next((r for r in (w[:-2], w[:-2] + "e") if r in words), None)
            if root:
                base[w] = root
    if not base:
        return token_features
    return {text: tuple((tok, tuple(base.get(f, f) for f in feats)) for tok, feats in toks)
            for text, toks in token_features.items()}


def reference_year(texts: Iterable[str]) -> int | None:
    """The latest year the corpus mentions: what "since 1994" is counted to."""
    years = [int(m.group()) for t in texts for m in re.finditer(r"\b(?:19|20)\d\d\b", t)]
    return max(years) if years else None


def tokens_within(toks: TokenFeatures, start: int, end: int) -> TokenFeatures:
    """The tokens that start in [start, end), found by bisection: a sentence may be megabytes
    long and hold thousands of quotations or clauses."""
    return toks[bisect_left(toks, start, key=_start):bisect_left(toks, end, key=_start)]


def tokens_outside(toks: TokenFeatures, spans: list[tuple[int, int]]) -> TokenFeatures:
    """The tokens that start in none of the spans ([start, end) each)."""
    inside = Stretches(spans)
    return tuple(token for token in toks if not inside.holds(token[0].start))


def _start(token: tuple[Token, tuple[str, ...]]) -> int:
    return token[0].start


class Stretches:
    """Stretches of a sentence ([start, end) offsets: its quotations, or what is already read as
    something else), asked about in reading order: one pass over them however many a sentence
    megabytes long holds."""

    def __init__(self, stretches: list[tuple[int, int]]):
        self.stretches = sorted(stretches)
        self.passed = 0  # how many stretches start at or before the last offset asked about
        self.reach = -1  # the furthest end of those

    def holds(self, at: int) -> bool:
        """Whether offset `at` is inside a stretch; `at` never goes back."""
        while self.passed < len(self.stretches) and self.stretches[self.passed][0] <= at:
            self.reach = max(self.reach, self.stretches[self.passed][1])
            self.passed += 1
        return at < self.reach

    def reaches(self, end: int) -> None:
        """A stretch read from the offset last asked about, to `end`."""
        self.reach = max(self.reach, end)


def name_runs(toks: TokenFeatures) -> Iterator[tuple[int, int, str]]:
    """(first token index, last token index, key) for each name in a sentence's tokens."""
    i = 0
    while i < len(toks):
        feats = toks[i][1]
        if holds_name(feats):
            j = i
            while j + 1 < len(toks) and toks[j + 1][1] == feats:
                j += 1
            yield i, j, feats[0]
            i = j + 1
        else:
            i += 1


def word_pairs(text: str, toks: TokenFeatures, window: int) -> frozenset[tuple[str, str]]:
    """The pairs of content words standing at most `window` words apart in a sentence's tokens,
    each pair in alphabetical order, so "closed the trail" and "trail was closed" give one.
    Stopwords are not counted; a name or a number counts as one word but pairs with nothing,
    and so does a name with the title written before it (`_titled`)."""
    titled = _titled(text, toks)
    seq: list[str] = []
    for n, (_, feats) in enumerate(toks):
        feature = titled.get(n) or (feats[0] if feats else None)
        if feature and (not seq or feature != seq[-1]):  # a name of several words is one
            seq.append(feature)
    return frozenset((a, b) if a < b else (b, a) for i, a in enumerate(seq) for b in seq[i + 1:i + 1 + window]
                     if a != b and is_word(a) and is_word(b))


def _titled(text: str, toks: TokenFeatures) -> dict[int, str]:
    """Token index -> the key of the name it titles: the title right before a name and the one
    word that qualifies it ("union leader X", "former Transport Secretary Y"). Outlets repeat a
    person's description wherever they name them, so its words standing together say who, not
    what: on the sample development set, such pairs linked sentences telling different things
    about one person (links precision 0.926 -> 0.962 without them, recall unchanged; the
    second development set unchanged). Words before that say what happened ("Police arrested opposition
    leader X") and keep their pairs."""
    out: dict[int, str] = {}
    for first, _, key in name_runs(toks):
        k = first - 1
        while k >= 0 and _described(text, toks, k) and is_title(fold(strip_possessive(toks[k][0].text))):
            out[k] = key
            k -= 1
        if k < first - 1 and _described(text, toks, k):
            out[k] = key
    return out


def _described(text: str, toks: TokenFeatures, k: int) -> bool:
    """Token k is a content word written right before the next one, not across punctuation
    ("Gov. X" is one)."""
    return k >= 0 and bool(toks[k][1]) and is_word(toks[k][1][0]) and text[toks[k][0].end:toks[k + 1][0].start].strip() in ("", ".")


def holds_word(feats: Sequence[str]) -> bool:
    """A token whose feature is a word's stem: not a number, year, duration or name."""
    return bool(feats) and is_word(feats[0])


def holds_name(feats: Sequence[str]) -> bool:
    """A token of a name: its feature is the name's key, "@doe"."""
    return bool(feats) and feats[0][0] == "@"


def holds_number(feats: Sequence[str]) -> bool:
    """A token that is a number, "#12": not a year or a duration."""
    return bool(feats) and feats[0][0] == "#"


def holds_year(feats: Sequence[str]) -> bool:
    """A token that is a year in figures, "^2019"."""
    return bool(feats) and feats[0][0] == "^"


def is_word(feature: str) -> bool:
    """A content word's stem: not a name, not a quantity."""
    return feature[0] != "@" and not is_quantity(feature)


def is_quantity(feature: str) -> bool:
    """Numbers, years and durations."""
    return feature[0] in "#~^"
