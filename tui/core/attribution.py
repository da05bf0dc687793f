"""Who said what: each quotation in the body, with the person a speech verb credits it to.

The speaker is a name next to a speech verb in the quotation's sentence ("Jane Doe said",
"said Jane Doe"), the nearest one; a sentence that is only a quotation takes the speaker of
the sentence before it in the paragraph ('"We are safe," Doe said. "The water is falling."').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui.core.align import Alignment
from tui.core.features import is_word, name_runs
from tui.core.text import fold

_QUOTE = re.compile(r"[“\"]([^”\"]{2,200})[”\"]")
_SPEECH_VERBS = {"said", "says", "told", "added", "stated", "noted", "wrote", "tweeted", "posted",
                 "explained", "insisted", "declared", "announced", "recalled", "warned"}


@dataclass(frozen=True, slots=True)
class Quotation:
    sid: int  # the sentence
    start: int  # the quotation, marks included, in the sentence
    end: int
    words: frozenset[str]  # the stems of its words
    speaker: str  # the speaker's name key
    name: str  # the speaker's name as written


def quotations(alignment: Alignment) -> Iterator[Quotation]:
    """Every quotation with a named speaker, in reading order."""
    previous: tuple[tuple[str, int], tuple[str, str] | None] = (("", -1), None)
    for sid, ref in enumerate(alignment.sentences):
        here = (ref.article, ref.paragraph)
        speakers = _speakers(alignment, sid)
        inherited = previous[1] if previous[0] == here else None
        for m in _QUOTE.finditer(alignment.texts[sid]):
            speaker = _nearest(speakers, m.start()) or inherited
            words = _words(alignment, sid, m.start(1), m.end(1))
            if speaker and words:
                yield Quotation(sid, m.start(), m.end(), words, *speaker)
        if speakers:
            previous = (here, speakers[-1][1])
        elif previous[0] != here:
            previous = (here, None)


def _speakers(alignment: Alignment, sid: int) -> list[tuple[int, tuple[str, str]]]:
    """(offset, (key, name)) of each name a speech verb stands next to, in reading order."""
    toks = alignment.tokens(sid)
    text = alignment.texts[sid]
    out = []
    for first, last, key in name_runs(toks):
        after = fold(toks[last + 1][0].text) if last + 1 < len(toks) else ""
        before = fold(toks[first - 1][0].text) if first else ""
        if after in _SPEECH_VERBS or before in _SPEECH_VERBS:
            out.append((toks[first][0].start, (key, text[toks[first][0].start:toks[last][0].end])))
    return out


def _nearest(speakers: list[tuple[int, tuple[str, str]]], offset: int) -> tuple[str, str] | None:
    if not speakers:
        return None
    return min(speakers, key=lambda s: abs(s[0] - offset))[1]


def _words(alignment: Alignment, sid: int, start: int, end: int) -> frozenset[str]:
    return frozenset(feats[0] for tok, feats in alignment.tokens(sid)
                     if start <= tok.start < end and feats and is_word(feats[0]))
