"""Names the text itself says are one thing: "Varn, formerly Kestrel Air,", "Ardmyr (formerly
Bellopol)", "the Brotherhood, also known as Jund al-Karim,", "Meta Holdings, the company formerly
known as Facebook,", "Ravenna Corp (now Halden Group)", and an acronym in brackets after the
name it stands for: "the Autonomous Electoral Commission (CEA)".

Read only between two names the mention reader found side by side, with nothing between them
but a comma or a bracket, a few words of description and one of the linking phrases below; the
second name must end its phrase (a comma, a bracket, the sentence's end), so "the Kremlin, now
led by Ivo Tamm" and "Varn, formerly Kestrel Air's owner" say nothing of the kind. The
clustering decides whether the two names' groups then become one (entities.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from tui.core.mentions import Mention
from tui.core.text import PREPOSITIONS, RELATIVE_OPENERS, STOPWORDS, fold, tokens

# The phrases, read in news copy, that say the name after them is another name of the one
# before. A former name is said of the name right before it, even one a preposition governs
# ("a video on Varn, formerly Kestrel Air"). "called" alone is left out ("Tamm, called Bull by
# his friends"), and "née" too: it gives a surname alone, which would join whoever bears it.
_FORMER_NAME = ("formerly", "previously", "formerly known as", "formerly called", "previously known as",
                "previously called", "once known as", "once called")
# The name it has now, or a name used beside it. After a comma these as often name the noun
# that a preposition's name depends on ("the armed wing in Kelso, known as the Black Hand"), so
# there they count only after a name no preposition governs. "known as" alone is as often a
# description ("a man known as a fixer"): it counts only because a name must follow it.
_NEW_NAME = ("renamed", "since renamed", "now known as", "now called", "now named")
_ANOTHER_NAME = ("also known as", "also called", "better known as", "otherwise known as", "known as", "nicknamed",
                 "aka", "a.k.a.")
# After a comma "now" as often says what a third thing is now ("Breslau, then Germany, now
# Poland"); in brackets right after a name it renames that name: "Ravenna Corp (now Halden Group)".
_NEW_NAME_IN_BRACKETS = ("now",)
# After "of", a comma's phrase names the noun before it ("the capital of Ardland, formerly Kelsa").
_OF = "of"


def _alternatives(phrases: Sequence[str]) -> str:
    """A regex alternation of the phrases, longest first, spaces as any white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_DESCRIPTION_WORDS = 3  # "the social media platform formerly known as"
_QUOTE_OPENS, _QUOTE_CLOSES = "[“\"‘']?", "[”\"’']?"  # a nickname in quotes: known as “El Toro”


def _linking(tag: str, new_name: Sequence[str]) -> str:
    """A linking phrase, with the groups `tag`former and `tag`new that say which name is the former."""
    return (rf"(?:(?P<{tag}former>{_alternatives(_FORMER_NAME)})|(?P<{tag}new>{_alternatives(new_name)})"
            rf"|{_alternatives(_ANOTHER_NAME)})\s+(?:the\s+)?{_QUOTE_OPENS}")


# The text between the two names: ", formerly ", ", the company formerly known as ", " (now ",
# with "the" before the second name ("also known as the Black Hand").
_BETWEEN = re.compile(
    rf",\s+(?:(?P<described>(?:the|a|an)(?:\s+[a-z][a-z'-]*){{1,{_DESCRIPTION_WORDS}}})\s+)?{_linking('', _NEW_NAME)}"
    rf"|\s+(?P<bracket>\(){_linking('bracketed_', _NEW_NAME + _NEW_NAME_IN_BRACKETS)}")
_LONGEST_BETWEEN = 60  # characters: more than the longest phrase with three words of description
_PHRASE_ENDS = re.compile(rf"{_QUOTE_CLOSES}\s*(?:[,;:.!?)—–]|$)")  # after the second name
_BRACKET_CLOSES = re.compile(rf"{_QUOTE_CLOSES}\s*\)")
_WORD_BEFORE = re.compile(r"\b(\w+)\s+(?:the\s+)?$", re.I)  # the word before a name, "the" aside
_LOOKBACK = 80  # characters before the first name searched for its clause's start and the word before it
# A clause that opens with one of these before the first name is about another thing, which
# the linking phrase renames: "the highway that circles Ardtown, also known as the Ring".
_CLAUSE_BREAKS = re.compile(r"[,;:()—–.!?\"“”]")


class SaidOne(NamedTuple):
    """Two mentions, one right after the other, that the text says name one thing."""

    first: int
    second: int
    former: int | None  # the one the text says is a former name ("Varn, formerly Kestrel Air"), if so


def written_as_one(mentions: Sequence[Mention], texts: Mapping[tuple[str, int], str]) -> Iterator[SaidOne]:
    """Each mention followed by another its paragraph says is another name of the same thing.
    `mentions` in reading order; `texts`: (article, paragraph) -> its text."""
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if (a.article, a.paragraph) == (b.article, b.paragraph) and 0 < b.start - a.end <= _LONGEST_BETWEEN:
            text = texts[(a.article, a.paragraph)]
            between = _another_name_between(text, a, b)
            if between is not None:
                yield SaidOne(i, i + 1, _former(i, between))
            elif _acronym_in_brackets(text, a, b):
                yield SaidOne(i, i + 1, None)


def _acronym_in_brackets(text: str, a: Mention, b: Mention) -> bool:
    """b, an acronym alone in brackets right after the longer name a, is a's acronym, though its
    letters may follow another language's words ("Autonomous Electoral Commission (CEA)") or
    leave some out ("Islamic State (ISIS)"). It opens with one of a's initials and shares at
    least half its letters with them, unlike a party's after a person: "Oto Varnik (SDP)"."""
    if not b.is_acronym or len(a.words) < 2 or text[a.end:b.start] != " (" or not _BRACKET_CLOSES.match(text, b.end):
        return False
    letters = b.words[0].replace(".", "").upper()
    initials = {w[0].upper() for w in a.words}
    return letters[0] in initials and 2 * len(set(letters) & initials) >= len(set(letters))


def _former(first: int, between: re.Match) -> int | None:
    """Which of the mentions `first` and the next the linking phrase says is a former name."""
    if between["former"] or between["bracketed_former"]:
        return first + 1
    return first if between["new"] or between["bracketed_new"] else None


def _another_name_between(text: str, a: Mention, b: Mention) -> re.Match | None:
    """The phrase between names a and b that links them, if b ends the phrase and neither name
    is a part of the other (which is named after it: "Ardtown, also known as Ardtown Ring")."""
    between = _BETWEEN.fullmatch(text, a.end, b.start)
    if between is None or _described_by_function_words(between.group("described")):
        return None
    bracketed = between.group("bracket") is not None
    before = text[max(0, a.start - _LOOKBACK):a.start]
    says = ((_BRACKET_CLOSES if bracketed else _PHRASE_ENDS).match(text, b.end) is not None
            and (bracketed or _said_of_this_name(before, between.group("former") is not None))
            and not _in_relative_clause(before) and not _part_of(a.words, b.words) and not _part_of(b.words, a.words))
    return between if says else None


def _described_by_function_words(described: str | None) -> bool:
    """A description before the phrase that holds a function word is about something else:
    "Acme, a unit of the group known as Beta"."""
    return described is not None and any(w in STOPWORDS for w in described.split()[1:])


def _said_of_this_name(before: str, former: bool) -> bool:
    """A comma's phrase is said of the name before it, not of a noun it depends on: never
    after "of", and after another preposition only a former name."""
    word = _WORD_BEFORE.search(before)
    governed_by = word.group(1).lower() if word else ""
    return governed_by != _OF and (former or governed_by not in PREPOSITIONS)


def _in_relative_clause(before: str) -> bool:
    """The text `before` a name, in its clause, opens a relative clause with a verb before the
    name ("that circles Ardtown"). Right before it, "that" says what was said ("officials said
    that Varn…"), or the name is the clause's subject ("the jet that Varn, formerly…, bought")."""
    words = [fold(t.text) for t in tokens(_CLAUSE_BREAKS.split(before)[-1])]
    while words and words[-1] == "the":
        words.pop()
    return any(w in RELATIVE_OPENERS for w in words[:-1])


def _part_of(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    return {fold(w) for w in short} <= {fold(w) for w in long_}
