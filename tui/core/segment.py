"""Paragraph text -> sentences, without splitting at abbreviations, initials or decimals."""

from __future__ import annotations

import re

from tui.core.model import Sentence
from tui.core.text import MONTH_ABBREVIATIONS, US_STATE_ABBREVIATIONS

# A candidate end: terminal punctuation, optional closing quotes/brackets, white space,
# then something that can open a sentence.
_CANDIDATE = re.compile(r"[.!?…]+[\"”“’'»)\]]*(?=\s+[\"“„‘'«(\[]?[A-Z0-9À-ÖØ-ÞА-ЯЁ])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")

# Abbreviations that are followed by a name or a number, never by the end of a sentence.
_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
    "sgt", "adm", "cmdr", "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "amb",
    "brig", "cpl", "pvt", "spc", "supt", "insp", "det", "atty", "sup", "lieut", "cmdt", "fr", "msgr",
    "no", "nos", "vol", "pp", "fig", "art", "ch", "sec", "vs", "v", "approx", "est", "dept",
    "e.g", "i.e", "cf", "al",
} | (MONTH_ABBREVIATIONS - {"mar"})
# Capitalised abbreviations that may close a sentence ("… in Dunmore, Ore." / "… Acme Ltd.") as
# often as they sit inside one ("the Ore. state senate", "Acme Inc. said"): like an initialism,
# they end a sentence only before a word that usually opens one.
_MAYBE_FINAL = set(US_STATE_ABBREVIATIONS) | {"inc", "corp", "ltd", "co", "bros", "plc"}
# After an initialism (U.S., U.K., a.m.) a new sentence usually starts with one of these.
_SENTENCE_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "but", "and", "so", "yet", "in", "on", "at", "for", "his", "her",
    "their", "its", "our", "after", "before", "while", "when", "however", "meanwhile",
    "still", "as", "if", "some", "many", "most", "one", "officials",
}


_CLOSERS = "\"”’'»)]"


def ends_sentence(text: str, stops: str = ".!?…") -> bool:
    """Whether the text ends with sentence punctuation, closing quotes and brackets aside."""
    end = text.rstrip(" \t\n" + _CLOSERS)
    return bool(end) and end[-1] in stops


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences as offsets into `text`, covering every non-space character once."""
    spans, start = [], _skip_space(text, 0)
    for m in _CANDIDATE.finditer(text):
        if m.end() <= start or not _is_boundary(text, m):
            continue
        spans.append(Sentence(start, m.end()))
        start = _skip_space(text, m.end())
    end = len(text.rstrip())
    if start < end:
        spans.append(Sentence(start, end))
    return tuple(spans)


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _is_boundary(text: str, m: re.Match) -> bool:
    if text[m.start()] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
    if not before:
        return True
    word = before.group(1).lower()
    if word in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "J. K. Rowling"
        return False
    if "." in word or (word in _MAYBE_FINAL and before.group(1)[0].isupper()):  # U.S., a.m., Ore.
        following = re.match(r"\s+[\"“„‘'«(\[]?(\w+)", text[m.end():])
        return bool(following) and following.group(1).lower() in _SENTENCE_OPENERS
    return True
