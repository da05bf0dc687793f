"""Who a role names: the nouns the corpus gives one person's name, so that what one article
says of "the gunman" and another of "Oren Vask" is said of one person (`predicates.py` looks
its subjects up here).

News names the holder of a role in four ways, read over the whole corpus:
- "the gunman, Oren Vask, 34, ..."  (the role, then the name, set off by commas)
- "Oren Vask, the gunman, ..."  (the name, then the role)
- "police identified the gunman as Oren Vask", "the gunman was named by police as Oren Vask"
- "the suspected gunman, named as Oren Vask"
And the title of an office one person holds names its holder: "Governor Carla Ravell" is the
governor (not "former Governor Carla Ravell", "Lieutenant Governor Ivo Tamm", "Judge Ada Lind").

Precision first: a wrong identity shows a contradiction no source makes.
- a role is "the", words that tell no holder from another (UNDISTINGUISHING, an age) and one
  noun, not a plural nor one that tells only sex or age (_ANYONE): "the first suspect", "a
  suspect", "the former minister", "the victim's brother", "the protesters", "the man" name no
  role, and no subject is looked up under them;
- a role the corpus gives two names ("the suspect, Oren Vask," / "the suspect, Ada Korr,") names
  neither;
- an apposition stands alone: not in a list ("the mayor, Jane Roe, and the governor"), not after
  a preposition ("the brother of the gunman, X,") nor in a relative or opening clause ("the man
  who shot the victim, X,", "when police reached the house, X, 34, was"), and a name followed by
  a word ("the gunman, X said,") or a possessive ("X's brother") is none;
- an identification is asserted: "police have not identified the gunman as X", "whether police
  identified the gunman as X" are not read, nor is anything inside a quotation (a speaker's
  word, not the article's). "The gunman was Oren Vask" is not read at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from tui.core.clauses import CLAUSE_REACH, clause_tokens, gap, unasserted
from tui.core.features import TokenFeatures, holds_word, name_runs
from tui.core.slots import YEARS_OLD, SentenceNames, age_between_commas, in_an_age
from tui.core.text import (BE, CONTRACTED_NOT, HAVE, NEGATIONS, PREPOSITIONS, RELATIVE_OPENERS, TITLE_QUALIFIERS,
                           TITLE_SPECIFIERS, UNDISTINGUISHING, fold, number_value, strip_possessive)

# Nouns that tell only someone's sex or age, not a part they play: a story's "the man" is the
# victim in one sentence and the attacker in the next.
_ANYONE = set("man woman boy girl person child teenager teen youth male female individual".split())
_ONE_OF_SEVERAL = {"first", "second", "third", "fourth", "another", "other", "both", "each"}  # "the first victim"
_IDENTIFYING = {"identified", "named"}  # "identified the gunman as X", "named as X"
# Words before an identifying verb that withhold it: "has not identified", "has yet to name",
# "declined to identify", "may have been named".
_WITHHELD = NEGATIONS | {"yet", "declined", "refused", "unable", "may", "might", "could", "wrongly", "falsely",
                         "mistakenly", "erroneously", "incorrectly", "initially"}
_WITHHOLDING_REACH = 4  # how many words before the verb they may stand
_ROLE_WORDS = 4  # how many words after its "the" a role's noun may stand: "the suspected lone gunman"
_BY_REACH = 3  # "identified by local police as X": how many words of who identified
_PASSIVE = BE | HAVE  # "has been named as X"
# Words opening a clause in which a role is no apposition of its own: "the man who shot the
# victim, X," (X is the man), "when police reached the house, X, 34, was arrested".
_SUBORDINATE = RELATIVE_OPENERS | set("""when after as once before while although though because since if until
unless""".split())
_LISTING = {"and", "or", "nor", "including"}  # a name that goes on in a list names no one role
# The titles of offices one person holds in a story's place ("Governor Carla Ravell" is the
# governor); not those many hold at once (officer, judge, senator, general, minister).
_OFFICES = {"president", "governor", "mayor", "chancellor", "premier", "king", "queen", "pope", "emir", "sultan"}
# What every way of naming a role holds: ", Name" or ", the" (apposition) or "as Name"; most
# sentences have none, and are not read further.
_MAY_NAME_A_ROLE = re.compile(r",\s+(?:[A-Z]|the\s)|\bas\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Roles:
    """The corpus's roles with their one holder: a noun's feature ("gunman") -> the name key
    of its holder ("@vask"), the key the names are compared by (`entities.Names.spans`)."""

    named: Mapping[str, str] = field(default_factory=dict)

    def holder(self, role: str) -> str | None:
        """The name key of a role's one holder, by the role's feature ("governor")."""
        return self.named.get(role)

    def who(self, toks: TokenFeatures, low: list[str], last: int) -> str | None:
        """The name key of the role ending at token `last`, if the corpus names its holder."""
        if not self.named or _role_start(toks, low, last) is None:
            return None
        return self.named.get(toks[last][1][0])


NO_ROLES = Roles()


def read_roles(token_features: Mapping[str, TokenFeatures]) -> Roles:
    """The roles the corpus's sentences (each distinct text with its tokens) give one name."""
    given: dict[str, set[str]] = defaultdict(set)
    for text, toks in token_features.items():
        found = _identities(text, toks) if _MAY_NAME_A_ROLE.search(text) else ()
        for role, key in (*found, *_titled(text, toks)):
            given[role].add(key)
    several = _held_by_several(token_features, given.keys())
    return Roles({role: keys.pop() for role, keys in given.items() if len(keys) == 1 and role not in several})


def _held_by_several(token_features: Mapping[str, TokenFeatures], roles: Collection[str]) -> set[str]:
    """The roles the corpus gives several holders: written in the plural ("the victims", "the
    gunmen"), counted ("two victims") or one of several ("the first victim", "another victim"),
    anywhere in the corpus; then the one named may not be the one another article speaks of."""
    out: set[str] = set()
    if not roles:
        return out
    for toks in token_features.values():
        for k, (tok, feats) in enumerate(toks):
            if feats and feats[0] in roles:
                word, before = fold(strip_possessive(tok.text)), fold(toks[k - 1][0].text) if k else ""
                if _plural(word) or before in _ONE_OF_SEVERAL or (number_value(before) or 0) > 1:
                    out.add(feats[0])
    return out


def _identities(text: str, toks: TokenFeatures) -> Iterator[tuple[str, str]]:
    """(role, name key) for each role the sentence names."""
    low = [fold(tok.text) for tok, _ in toks]
    for first, last, key in name_runs(toks):
        if _quoted(text, toks[first][0].start) or not _closes(text, toks, low, last):
            continue
        role = _role_before(text, toks, low, first) or _role_after(text, toks, low, first, last) \
            or _identified_as(text, toks, low, first)
        if role is not None:
            yield role, key


def _titled(text: str, toks: TokenFeatures) -> Iterator[tuple[str, str]]:
    """(role, name key) for each name an office one person holds stands right before as its
    title: "Governor Carla Ravell"; not "former Governor …", "Vice President …", "Lieutenant
    Governor …" (a word before the title makes it another office), nor one in a quotation."""
    for first, _, key in name_runs(toks):
        k = first - 1
        if k < 0 or fold(toks[k][0].text) not in _OFFICES or not holds_word(toks[k][1]) or gap(text, toks, k):
            continue
        before = toks[k - 1][0].text if k and not gap(text, toks, k - 1) else ""  # "Vice President", not "PELLHAVEN -"
        if before[:1].isupper() or fold(before) in TITLE_QUALIFIERS or fold(before) in TITLE_SPECIFIERS \
                or _quoted(text, toks[first][0].start):
            continue
        yield toks[k][1][0], key


def apposed_name(text: str, toks: TokenFeatures, low: list[str], k: int, names: SentenceNames) -> int | None:
    """The last token of the name an apposition ending at token `k` gives, the subject of what
    follows: "the gunman, Oren Vask, was shot" (`k` on "Vask"), "Oren Vask, the gunman, was
    shot" (`k` on "gunman")."""
    run = names.by_last.get(k)
    if run:
        return k if _closes(text, toks, low, k) and _role_before(text, toks, low, run[0]) else None
    start = _role_start(toks, low, k)
    run = names.by_last.get(start - 1) if start else None
    return start - 1 if run and _role_after(text, toks, low, run[0], start - 1) else None


def _role_before(text: str, toks: TokenFeatures, low: list[str], first: int) -> str | None:
    """"the gunman, NAME,": the role right before the name and a comma."""
    k = first - 1
    if k < 1 or gap(text, toks, k) != ",":
        return None
    start = _role_start(toks, low, k)
    return toks[k][1][0] if start is not None and _stands_alone(text, toks, low, start) else None


def _role_after(text: str, toks: TokenFeatures, low: list[str], first: int, last: int) -> str | None:
    """"NAME, the gunman,": the role right after the name and a comma, ending there, the name
    not in a list."""
    if first and gap(text, toks, first - 1) == ",":
        return None
    if gap(text, toks, last) != "," or last + 1 == len(toks) or low[last + 1] != "the":
        return None
    k = next((j for j in clause_tokens(text, toks, last + 1, 1, _ROLE_WORDS) if gap(text, toks, j)), None)
    if k is None or not _closes(text, toks, low, k) or _role_start(toks, low, k) != last + 1:
        return None
    return toks[k][1][0]


def _identified_as(text: str, toks: TokenFeatures, low: list[str], first: int) -> str | None:
    """"identified the gunman as NAME", "the gunman was identified (by police) as NAME", "the
    gunman, named as NAME", the identification asserted."""
    at = first - 1
    if at < 2 or low[at] != "as" or gap(text, toks, at):
        return None
    start = _role_start(toks, low, at - 1)
    if start is not None and start and low[start - 1] in _IDENTIFYING and not gap(text, toks, start - 1):
        verb, role = start - 1, at - 1  # "identified the gunman as"
    else:
        verb = next((j for j in clause_tokens(text, toks, at, -1, _BY_REACH + 1) if low[j] in _IDENTIFYING), None)
        if verb is None or (verb < at - 1 and low[verb + 1] != "by") or verb == 0:
            return None
        role = verb - 1
        while role > 0 and low[role] in _PASSIVE and not gap(text, toks, role):
            role -= 1  # "the gunman has been named as"
        if gap(text, toks, role) not in ("", ","):  # "the gunman, named as"
            return None
        start = _role_start(toks, low, role)
    if start is None or _withheld(text, toks, low, verb) or unasserted(text, toks, low, verb):
        return None
    return toks[role][1][0]


def _role_start(toks: TokenFeatures, low: list[str], k: int) -> int | None:
    """Where the role ending at token `k` starts (its "the"): one singular noun after "the" and
    words that tell no holder from another; None if it is no role."""
    word = low[k]
    if not holds_word(toks[k][1]) or word in UNDISTINGUISHING or word in _ANYONE or word in YEARS_OLD \
            or _plural(word):  # a plural or a possessive
        return None
    j = k - 1
    while j >= 0 and (low[j] in UNDISTINGUISHING or in_an_age(low, j)):
        j -= 1
    return j if j >= 0 and low[j] == "the" else None


def _stands_alone(text: str, toks: TokenFeatures, low: list[str], start: int) -> bool:
    """The role starting at token `start` is not the object of a preposition, nor in a relative
    or subordinate clause, nor in a phrase opening with a preposition ("During the escape, X
    fired", where X is the subject of what follows)."""
    before = list(clause_tokens(text, toks, start, -1, CLAUSE_REACH))
    if before and before[0] == start - 1 and low[start - 1] in PREPOSITIONS:
        return False
    return not any(low[j] in _SUBORDINATE for j in before) and not (before and low[before[-1]] in PREPOSITIONS)


def _closes(text: str, toks: TokenFeatures, low: list[str], k: int) -> bool:
    """The name or role ending at token `k` ends there: punctuation or the sentence's end after
    it, no possessive, and no list going on after a comma (an age between commas is passed)."""
    if low[k].endswith(("'s", "’s")) or (k + 1 < len(toks) and not gap(text, toks, k)):
        return False
    n = k + 1
    if age_between_commas(text, toks, low, n):
        n += 1  # "Oren Vask, 34, and ..."
    return n >= len(toks) or low[n] not in _LISTING


def _withheld(text: str, toks: TokenFeatures, low: list[str], verb: int) -> bool:
    """Whether a word before the identifying verb withholds it: "not", "yet", "wasn't"."""
    return any(low[j] in _WITHHELD or low[j].endswith(CONTRACTED_NOT)
               for j in clause_tokens(text, toks, verb, -1, _WITHHOLDING_REACH))


def _plural(word: str) -> bool:
    """A noun's plural ("victims", "gunmen"), or a possessive; not "witness", "virus", "basis"."""
    return word.endswith("men") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _quoted(text: str, at: int) -> bool:
    """Whether offset `at` stands inside a quotation in the sentence."""
    opening, closing, straight = (bisect_left(marks, at) for marks in _marks_in(text))  # how many before it
    return opening > closing or straight % 2 == 1


@lru_cache(maxsize=1)  # a sentence's names are asked about one after another
def _marks_in(text: str) -> tuple[tuple[int, ...], ...]:
    """Where the sentence's opening, closing and straight quotation marks stand."""
    return tuple(tuple(m.start() for m in re.finditer(mark, text)) for mark in '“”"')
