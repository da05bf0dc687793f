"""Who said what: each quotation in the body, with the person a speech verb credits it to.

The speakers are the names outside quotation marks next to a speech verb in the quotation's
sentence ("Jane Doe said", "said Jane Doe and Ed Roe"); a sentence that is only a quotation
takes the speakers of the sentence before it in the paragraph ('"We are safe," Doe said.
"The water is falling."'). A pronoun ("she said") speaks for the one person whose name opens
the paragraph's sentences before it ('Doe, 57, told supporters she would stay. "We will govern,"
she said.'); with two such names, or none, it names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from tui.core.align import Alignment
from tui.core.features import is_word, name_runs
from tui.core.clauses import before_relative_clause, gap
from tui.core.text import fold, is_title

_QUOTE = re.compile(r"[“\"]([^”\"]{2,200})[”\"]")
# Verbs after the speaker ("Doe said"), and those that may come before the speaker ("said
# Doe"); "told Doe" names the listener.
_SPEECH_VERBS = {"said", "says", "told", "added", "stated", "noted", "wrote", "tweeted", "posted",
                 "explained", "insisted", "declared", "announced", "recalled", "warned", "called", "described"}
# "Doe called it 'a deliberate attack'": the caller speaks; "called Doe" names whom.
_INVERTED = _SPEECH_VERBS - {"told", "posted", "tweeted", "announced", "declared", "called", "described"}
_ROLE_GAP = 2  # "said Acme producer Jane Doe": the speaker is the name after a lower-case role
_PRONOUNS = {"he", "she"}


@dataclass(frozen=True, slots=True)
class Quotation:
    sid: int  # the sentence
    start: int  # the quotation, marks included, in the sentence
    end: int
    words: frozenset[str]  # the stems of its words
    speakers: frozenset[str]  # the speakers' name keys ("said Doe and Roe": both)
    names: str  # the speakers' names as written


def quotations(alignment: Alignment) -> Iterator[Quotation]:
    """Every quotation with a named speaker, in reading order."""
    previous: tuple[tuple[str, int], list[tuple[str, str]]] = (("", -1), [])
    openers: tuple[tuple[str, int], dict[str, str]] = (("", -1), {})  # the names opening a paragraph's sentences so far
    read: dict[str, _Read] = {}
    for sid, ref in enumerate(alignment.sentences):
        text = alignment.texts[sid]
        here = (ref.article, ref.paragraph)
        if text not in read:  # wire copy repeats sentences: each distinct text is read once
            read[text] = _read(alignment, sid)
        quoted, speakers, pronoun, opener = read[text]
        if openers[0] != here:
            openers = (here, {})
        if not speakers and previous[0] == here and previous[1] and text.lstrip()[:1] in "“\"":
            speakers = previous[1]  # a sentence that is only a quotation goes on the last speaker's
        elif not speakers and pronoun and len(openers[1]) == 1:
            speakers = list(openers[1].items())  # "she said": the one person the paragraph is about
        if opener:
            openers[1].setdefault(*opener)
        for start, end, words in quoted:
            if speakers and words:
                yield Quotation(sid, start, end, words, frozenset(k for k, _ in speakers),
                                " and ".join(dict.fromkeys(n for _, n in speakers)))
        if speakers or previous[0] != here:
            previous = (here, speakers)


class _Read(NamedTuple):
    quoted: list[tuple[int, int, frozenset[str]]]  # each quotation's start, end and words
    speakers: list[tuple[str, str]]  # (key, name) of its own speakers
    pronoun: bool  # "she said", "said he": someone speaks, named in a sentence before
    opener: tuple[str, str] | None  # (key, name) of the person the sentence opens with, titles aside


def _read(alignment: Alignment, sid: int) -> _Read:
    text, toks = alignment.texts[sid], alignment.tokens(sid)
    quoted = list(_QUOTE.finditer(text))
    spans = [(m.start(), m.end()) for m in quoted]
    speakers = _speakers(alignment, sid, spans)
    outside = [fold(tok.text) for tok, _ in toks if not any(a <= tok.start < b for a, b in spans)]
    pronoun = bool(quoted) and any(
        (w in _PRONOUNS and after in _SPEECH_VERBS) or (w in _INVERTED and after in _PRONOUNS)
        for w, after in zip(outside, outside[1:]))
    runs = list(name_runs(toks))
    opener = None
    if runs and all(is_title(fold(tok.text)) for tok, _ in toks[:runs[0][0]]) and text.lstrip()[:1] not in "“\"":
        # "Acme Union leader Jane Doe said": the name after the role
        first, last, key = runs[1] if len(runs) > 1 and _role_between(toks, runs[0], runs[1]) else runs[0]
        if alignment.is_person(key[1:]):  # the feature "@key"
            opener = key, text[toks[first][0].start:toks[last][0].end]
    return _Read([(m.start(), m.end(), _words(alignment, sid, m.start(1), m.end(1))) for m in quoted],
                 speakers, pronoun, opener)


def _speakers(alignment: Alignment, sid: int, quoted: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """(key, name) of each name outside the quotations that a speech verb stands next to, and of
    the names joined to it by "and" ("said Jane Doe and Ed Roe")."""
    toks = alignment.tokens(sid)
    text = alignment.texts[sid]
    runs = [r for r in name_runs(toks) if not any(a <= toks[r[0]][0].start < b for a, b in quoted)]
    out: dict[int, tuple[str, str]] = {}
    for n in (s for k in range(len(runs)) if (s := _speaker(toks, text, runs, k)) is not None):
        for m in (n - 1, n, n + 1):  # a name joined by "and" speaks too
            if 0 <= m < len(runs) and (m == n or _joined(toks, runs[min(m, n)], runs[max(m, n)])):
                first, last, key = runs[m]
                out[m] = (key, text[toks[first][0].start:toks[last][0].end])
    return [out[m] for m in sorted(out)]


def _speaker(toks, text: str, runs: list[tuple[int, int, str]], n: int) -> int | None:
    """The run that speaks, when run `n` stands next to a speech verb: itself, or after "said
    Acme producer Jane Doe" the name after the role, or before "Jane Doe, who leads Acme, said"
    the name the relative clause is said of."""
    first, last, _ = runs[n]
    after = fold(toks[last + 1][0].text) if last + 1 < len(toks) else ""
    before = fold(toks[first - 1][0].text) if first else ""
    if before in _INVERTED and n + 1 < len(runs) and _role_between(toks, runs[n], runs[n + 1]):
        return n + 1
    if after in _SPEECH_VERBS:
        return _said_of(toks, text, runs, n)
    return n if before in _INVERTED else None


def _said_of(toks, text: str, runs: list[tuple[int, int, str]], n: int) -> int | None:
    """Run `n`, before a speech verb, or when it ends a relative clause set off by commas ("Jane
    Doe, who leads the Acme Union, said"), the name right before the clause; None if there is none."""
    head = before_relative_clause(text, toks, runs[n][0])
    if head is None or gap(text, toks, runs[n][1]) != ",":
        return n  # "Ivo Tamm, whose lawyer Ana Roe said…": the clause's own subject speaks
    return next((m for m in range(n - 1, -1, -1) if runs[m][1] == head), None)


def _role_between(toks, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    gap = toks[left[1] + 1:right[0]]
    return 0 < len(gap) <= _ROLE_GAP and all(t.text[0].islower() for t, _ in gap)


def _joined(toks, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    return right[0] == left[1] + 2 and fold(toks[left[1] + 1][0].text) == "and"


def _words(alignment: Alignment, sid: int, start: int, end: int) -> frozenset[str]:
    return frozenset(feats[0] for tok, feats in alignment.tokens(sid)
                     if start <= tok.start < end and feats and is_word(feats[0]))
