"""All vs one: one article says a whole group did something ("all the rescued miners reached
the surface", "every passenger was evacuated", "the whole crew left the ship"), a matching
sentence of another says some of them did not ("one of them stayed behind", "all but one",
"two passengers refused to leave").

Precision first: the second sentence must deny the very act of the first (the same act, or
one of the same way of moving), or keep someone behind when the group moved. "All reached it"
beside "one of them spoke to reporters" is two acts, not a conflict.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from tui.core.align import MATCH, Alignment
from tui.core.sides import Found, Side, by_value, mention_at, one_value_per_article
from tui.core.clauses import PUNCTUATION
from tui.core.text import match_bounds, number_value, past_tense, stem

_WORD = re.compile(r"[\w’'-]+")
_WHOLE = {"all", "every", "each"}
_WHOLE_AFTER_THE = {"whole", "entire"}  # "the whole crew"
_DETERMINERS = {"of", "the", "those", "these", "its", "their", "his", "her"}
_AUXILIARIES = {"was", "were", "had", "have", "has", "been", "all", "then", "safely", "later"}
_NP_REACH = 4  # how many words a group's noun phrase runs to before its act
# Words that take members out of a whole said in the same sentence: "all but one", "except".
_EXCEPT = re.compile(r"\b(?:except|apart from|other than|save for|with the exception of|"
                     r"but (?:one|two|three|four|five|a few|\d+))\b", re.I)
_SOME = {"some", "several", "few", "only"}
_PRONOUNS = {"them", "those", "these"}
_HEDGES = {"not", "almost", "nearly", "virtually"}  # "not all" says some did not
# What denies the act after it: "did not cross", "refused to leave", "was not evacuated".
_DENIALS = {("did", "not"), ("didn’t",), ("didn't",), ("refused", "to"), ("declined", "to"),
            ("chose", "not", "to"), ("failed", "to"), ("could", "not"), ("couldn’t",), ("couldn't",),
            ("was", "not"), ("were", "not"), ("wasn’t",), ("weren’t",), ("wasn't",), ("weren't",),
            ("had", "not"), ("never",), ("would", "not"), ("wouldn’t",), ("wouldn't",)}
_STAYS = {"stayed", "remained"}
_BEHIND = {"behind", "aboard", "back", "on"}  # "stayed behind", "remained on board"
# Ways of moving a group: denying one denies the others of its line, and staying behind
# denies them all.
_MOVES = ["leave left evacuate abandon exit disembark depart flee fled escape",
          "travel cross enter arrive return"]
_MOVE_OF = {stem(w): n for n, line in enumerate(_MOVES) for w in line.split()}
_ALL, _NOT_ALL = "all", "not all"


@dataclass(frozen=True, slots=True)
class Claim:
    """What a sentence says of a group: all of it did the act, or some of it did not."""

    whole: bool
    group: str | None  # the group noun's stem; None for "them"
    act: str  # the stem of the act done by all, or denied to some; "" for staying behind
    start: int
    end: int
    words: str  # how a slot names the group and act: "miners walked"


def whole_and_some(alignment: Alignment):
    """Matching sentences of two articles, one saying all of a group did an act, the other
    that some of it did not: one divergence per group and act, its values "all" and "not all"."""
    read: dict[str, list[Claim]] = {}  # wire copy repeats sentences: each text is read once
    claims = {sid: read[text] if text in read else read.setdefault(text, _claims(text))
              for sid, text in enumerate(alignment.texts)}
    # the few sentences where some of a group did not do an act: all that a denial is looked for in
    somes = {sid: some for sid, mine in claims.items() if (some := [c for c in mine if not c.whole])}
    by_slot: dict[tuple[str, str], list[Side]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for sid, mine in claims.items():
        # an article that takes the exception out itself tells the whole story
        for whole in (c for c in mine if c.whole and not any(_denied_at(alignment, somes, sid, c))):
            for other, some in _denials(alignment, somes, sid, whole):
                key = (whole.group, _move_key(whole.act))
                names.setdefault(key, whole.words)
                by_slot[key] += [_side(alignment, sid, whole), _side(alignment, other, some)]
    for key, sides in by_slot.items():
        groups = by_value(list(dict.fromkeys(sides)))
        if one_value_per_article(groups):
            yield Found("number", f"how many of the {names[key]}", groups)


def _side(alignment: Alignment, sid: int, claim: Claim) -> Side:
    mention = mention_at(alignment, sid, claim.start, claim.end)
    return Side(mention, _ALL if claim.whole else _NOT_ALL, mention.text)


def _denials(alignment: Alignment, somes: dict[int, list[Claim]], sid: int, whole: Claim):
    """(sentence, claim) of other articles, matching `sid` or following a sentence that does,
    where some of the group did not do the act."""
    article, t = alignment.sentences[sid].article, alignment.type_of[sid]
    for near, score in ((t, 1.0), *alignment.neighbours[t].items()):
        if score >= MATCH:
            for match in alignment.members[near]:
                if alignment.sentences[match].article != article:
                    yield from _denied_at(alignment, somes, match, whole)


def _denied_at(alignment: Alignment, somes: dict[int, list[Claim]], sid: int, whole: Claim):
    """(sentence, claim) in sentence `sid` or the next of its paragraph where some of the group
    did not do the act (`somes`: the claims of that kind, by sentence)."""
    for other in (sid, sid + 1):
        for some in somes.get(other, ()):
            if (_same_paragraph(alignment, sid, other) and _denies(some, whole)
                    and _same_group(alignment, some, whole, sid, other)):
                yield other, some


def _same_paragraph(alignment: Alignment, a: int, b: int) -> bool:
    return b < len(alignment.sentences) and alignment.paragraph_of[a] == alignment.paragraph_of[b]


def _same_group(alignment: Alignment, some: Claim, whole: Claim, match: int, other: int) -> bool:
    """The same group, or "them" after a sentence that names it."""
    if some.group is not None:
        return some.group == whole.group
    return any(whole.group in _stems(alignment.texts[s]) for s in {match, other})


@lru_cache(maxsize=2)  # asked of a sentence and the next, for each pair of claims in them
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(m.group()) for m in _WORD.finditer(text))


def _denies(some: Claim, whole: Claim) -> bool:
    if some.act == whole.act:
        return True
    move = _MOVE_OF.get(whole.act)
    return move is not None and (some.act == "" or _MOVE_OF.get(some.act) == move)


def _move_key(act: str) -> str:
    return f"move{_MOVE_OF[act]}" if act in _MOVE_OF else act


def _claims(text: str) -> list[Claim]:
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    low = [w.casefold() for w, _, _ in words]
    out = []
    for i, w in enumerate(low):
        claim = None
        if w in _WHOLE or (w in _WHOLE_AFTER_THE and i and low[i - 1] == "the"):
            claim = _whole(text, words, low, i)
            if claim and i and low[i - 1] in _HEDGES:  # "nearly all" neither claims nor denies all
                claim = None if low[i - 1] != "not" else dataclasses.replace(claim, whole=False, start=words[i - 1][1])
        elif _is_count(low, i):
            claim = _some(text, words, low, i)
        if claim:
            out.append(claim)
    return out


def _is_count(low: list[str], i: int) -> bool:
    return (number_value(low[i]) is not None or low[i] in _SOME) and (i == 0 or low[i - 1] not in _SOME | {"the"})


def _whole(text: str, words, low: list[str], i: int) -> Claim | None:
    """"all the rescued miners walked out", "every passenger was evacuated"; with "all but" or
    "except" further on, a claim that some did not."""
    if i + 1 < len(low) and low[i + 1] == "but":
        return _some(text, words, low, i)
    found = _group_and_act(text, words, low, i + 1)
    if found is None:
        return None
    group, act, end = found
    if low[group] in _PRONOUNS or PUNCTUATION.search(text, words[i][2], words[group][1]):
        return None  # "all of them": which group is not said; "after all, the ministers"
    excepted = match_bounds(_EXCEPT, text)[1] >= words[i][2]
    return Claim(not excepted, stem(low[group]), stem(low[act]), words[i][1], words[end][2],
                 f"{words[group][0]} {words[act][0]}")


def _group_and_act(text: str, words, low: list[str], start: int) -> tuple[int, int, int] | None:
    """(group noun, act, last word) indices of "[the rescued] miners [were] evacuated"."""
    k = start
    while k < len(low) and (low[k] in _DETERMINERS or number_value(low[k]) is not None or low[k] == "but"):
        k += 1
    for j in range(k + 1, min(k + 1 + _NP_REACH, len(low))):
        if PUNCTUATION.search(text, words[j - 1][2], words[j][1]):
            return None
        if low[j] in _AUXILIARIES:
            continue
        if past_tense(words[j][0]) and not past_tense(words[j - 1][0]) or low[j - 1] in _AUXILIARIES:
            group = j - 1
            while low[group] in _AUXILIARIES:
                group -= 1
            return (group, j, j) if group >= k and past_tense(words[j][0]) else None
    return None


def _some(text: str, words, low: list[str], i: int) -> Claim | None:
    """"one of them stayed behind", "two passengers refused to leave", "all but one of the
    miners walked out": members of a group that did not do an act."""
    k = i + 1
    while k < len(low) and (low[k] in _SOME or low[k] == "but" or number_value(low[k]) is not None):
        k += 1
    if k < len(low) and low[k] == "of":
        k += 1
        if k < len(low) and low[k] in _PRONOUNS:
            return _denied(text, words, low, i, None, k + 1)
    while k < len(low) and low[k] in _DETERMINERS:
        k += 1
    for j in range(k, min(k + _NP_REACH, len(low))):
        if j > k and PUNCTUATION.search(text, words[j - 1][2], words[j][1]):
            return None
        claim = _denied(text, words, low, i, j, j + 1)
        if claim:
            return claim
    return None


def _denied(text: str, words, low: list[str], i: int, group: int | None, k: int) -> Claim | None:
    """The claim that members (from word `i`, of the group noun at `group`) did not do the act
    after word `k`: "did not cross", "stayed behind"; for "all but one ... crossed", the act."""
    group_stem = None if group is None else stem(low[group])
    if k >= len(low) or PUNCTUATION.search(text, words[k - 1][2], words[k][1]):
        return None
    name = words[group][0] if group is not None else "them"
    if low[i] == "all" and past_tense(words[k][0]):  # "all but one of the miners walked out"
        return Claim(False, group_stem, stem(low[k]), words[i][1], words[k][2], f"{name} {words[k][0]}")
    if low[k] in _STAYS and k + 1 < len(low) and low[k + 1] in _BEHIND:
        return Claim(False, group_stem, "", words[i][1], words[k + 1][2], f"{name} {words[k][0]}")
    for denial in _DENIALS:
        n = len(denial)
        if tuple(low[k:k + n]) == denial and k + n < len(low):
            act = k + n + (low[k + n] in {"be", "been"})
            if act < len(low):
                return Claim(False, group_stem, stem(low[act]), words[i][1], words[act][2], f"{name} {words[act][0]}")
    return None
