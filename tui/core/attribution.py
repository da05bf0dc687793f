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
from dataclasses import dataclass, field

from tui.core.align import Alignment
from tui.core.entities import Names
from tui.core.features import Stretches, holds_name, is_quantity, is_word, name_runs, tokens_outside, tokens_within
from tui.core.mentions import OFFICE_FIELDS, OFFICE_NOUNS, ORG_WORDS, PERSON_ROLES
from tui.core.roles import NO_ROLES, Roles
from tui.core.clauses import PUNCTUATION, before_relative_clause, gap
from tui.core.text import (ARTICLES, POSSESSIVE_ENDINGS, PREPOSITIONS, SPEECH_VERBS, TABLOID_SPEECH_VERBS, fold,
                           is_adverb, is_title, past_spaces_before, past_tense)

_QUOTED_LENGTH = (2, 200)  # the characters a quotation read as one has
# The speech verbs (text.SPEECH_VERBS) that may come before the speaker ("said Doe"); "told Doe"
# names the listener. "Doe called it 'a deliberate attack'": the caller speaks; "called Doe" names whom.
_ANY_SPEECH_VERB = SPEECH_VERBS | TABLOID_SPEECH_VERBS
_INVERTED = _ANY_SPEECH_VERB - {"told", "tells", "posted", "tweeted", "announced", "declared", "called", "described"}
# A clause of saying set off by a comma, leading to a quotation with no other stop between.
_SAYING = re.compile(r",\s+(?:saying|adding|insisting|warning|arguing)\b[^,.;:!?\"“”]*$")
# Between a quotation and the verb after it: a comma, or a translation's dash and auxiliary ("," - has said").
_AUXILIARIES = ("has", "had", "have")
_SINCE = {"just", "also", "already", "earlier", "again", "since", "now", "previously"}  # "has just called"
# A sentence's opener who "has spoken to reporters" speaks the paragraph's "he said" (not one who
# "spoke little English" nor "has spoken to a soldier").
_SPOKE_TO = re.compile(rf"\s+(?:(?:{'|'.join(_AUXILIARIES)})\s+(?:\w+\s+)?)?(?:spoke|spoken)\s+to\s+(?:the\s+)?"
                       r"(?:reporters|journalists|press|media)\b", re.I)
_AFTER_QUOTATION = re.compile(rf"[\s,]*(?:[-–—]\s*)?(?:(?:{'|'.join(_AUXILIARIES)})\s+)?")
_AFFILIATED = {"from", "of", "at"}  # between a speaker's name and the body they are of
_ROLE_GAP = 2  # "said Acme producer Jane Doe": the speaker is the name after a lower-case role
_ROLE_WORDS = 6  # "Jane Doe, a senior spokeswoman for the Acme Party": the words of a role set off by a comma
_CLOSING_WORDS = 12  # the most words from the speech verb after a quotation to the name that closes the sentence
_SAID_WHERE_WORDS = 4  # the most words after that name saying where or to whom: "at the press conference"
_PRONOUNS = {"he", "she"}
# Those who speak for another named after "of": "the spokesman of the President Jane Doe".
_FOR_ANOTHER = {"spokesman", "spokeswoman", "spokesperson", "deputy", "aide", "adviser", "advisor", "lawyer",
                "assistant", "secretary", "representative", "mother", "father", "wife", "husband", "son", "daughter",
                "brother", "sister", "neighbour", "neighbor", "friend", "relative", "colleague"}
# Words after a name that say something befell the person, who did nothing: "Jane Doe was shot",
# "Jane Doe has been missing since Friday", "Jane Doe died in hospital".
_BEFELL = {"was", "were", "is", "has", "had", "died", "remains", "remained", "went", "disappeared", "vanished"}
# '"…," he thundered': a tabloid's verb right after the quotation makes the pronoun speak.
_TABLOID_PRONOUN = re.compile(rf"[,!?][”\"]\s*(?:he|she)\s+(?:{'|'.join(sorted(TABLOID_SPEECH_VERBS))})\b")
# A quotation that speaks of someone as "he" or "her" may speak of the one the paragraph names.
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
# Nouns for someone a pronoun may stand for, besides the people the paragraph names.
_SOMEONE = PERSON_ROLES | {"man", "woman", "boy", "girl", "person", "child", "neighbour", "neighbor", "witness",
                           "resident", "relative", "survivor", "guard", "worker", "soldier", "nurse", "passenger",
                           "people", "parent", "member", "voter", "protester"}
# Quotation marks: English, straight, and the low opening mark and guillemets translations keep
# ("„We will find them“", "«We will find them»"); a quotation opened low may close on “.
_OPENING_MARKS = "“„«"
_QUOTE_MARK = re.compile(r"[”»“\"]")
_MARK = re.compile(r"[“”„«»\"]")
_SPEAKING = ("person", "org")  # the kinds of names that speak
_NOT_A_SPEAKER_AFTER = PREPOSITIONS | {"bearing", "showing", "asked"}  # the name is spoken of, not speaking
# What opens a clause of its own after a quotation: '", while', '," whereas', ', and'; not the
# "and" of "Health and Social Affairs Minister" or of two speakers named together
_NEW_CLAUSE = re.compile(r"^[\s,”\"]*(?:while|whereas|but)\b|,\s*(?:while|whereas|but|and)\b", re.I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,:;]*,")
_CLAUSE_BREAK = re.compile(r"[,;:“”„«»\"]")  # between a word and a name that opens a clause after it
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose)\b")  # a relative clause right after a name
# After a name, what it is of and the word saying what that is, then the verb: '"…," Governor
# Jan Roe of the Varn region said'.
_SAID_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(\w+)")
# After a name, the party it is of and a relative clause about it, or a role of two to
# _ROLE_WORDS + 1 words set off by commas ("Colonel Jane Doe, head of the city's police,
# told"), then the verb: the word after.
_SAID_AFTER_ASIDE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)?,\s+"
                               rf"(?:(?:who|whose)\b[^,;:]*|(?:[\w'’.-]+\s+){{1,{_ROLE_WORDS}}}[\w'’.-]+),\s+(\w+)")


@dataclass(frozen=True, slots=True)
class Quotation:
    sid: int  # the sentence
    start: int  # the quotation, marks included, in the sentence
    end: int
    words: frozenset[str]  # the stems of its words
    speakers: frozenset[str]  # the speakers' name keys ("said Doe and Roe": both)
    names: str  # the speakers' names as written


def quotations(alignment: Alignment, names: Names, roles: Roles = NO_ROLES) -> Iterator[Quotation]:
    """Every quotation with a named speaker, in reading order. A quotation of several sentences
    ('"We were asleep. The walls shook," Doe said.') is credited, each sentence of it, to the
    speakers of the sentence that closes it, or else of the one that opens it ('Doe said: "We
    were asleep. The walls shook."')."""
    paragraph = _Paragraph(("", -1))
    read: dict[str, _Read] = {}
    for sid, ref in enumerate(alignment.sentences):
        text = alignment.texts[sid]
        if text not in read:  # wire copy repeats sentences: each distinct text is read once
            read[text] = _read(alignment, sid, names, roles)
        sentence = read[text]
        if paragraph.where != (ref.article, ref.paragraph):
            paragraph = _Paragraph((ref.article, ref.paragraph))
        speakers = sentence.speakers or paragraph.speakers_for(sentence, text)
        quoted = sentence.quoted
        if paragraph.open:  # the sentence goes on a quotation opened before it
            if sentence.closing is not None:
                closed = (sid, 0, sentence.closing, _words(alignment, sid, 0, sentence.closing))
                yield from _credited([*paragraph.open, closed], speakers or paragraph.opened_by)
            elif not quoted and sentence.opening is None:  # a sentence inside it
                paragraph.open.append((sid, 0, len(text), _words(alignment, sid, 0, len(text))))
                continue
            paragraph.open = []  # closed, or a mark left open by mistake
        yield from _credited([(sid, *q) for q in quoted], speakers)
        if sentence.opening is not None:
            paragraph.open = [(sid, sentence.opening, len(text), _words(alignment, sid, sentence.opening, len(text)))]
            paragraph.opened_by = speakers  # 'Jane Doe said: "We were asleep. The walls shook."'
        paragraph.read(sentence, speakers)


def _credited(quoted: list[tuple[int, int, int, frozenset[str]]],
              speakers: list[tuple[str, str]]) -> Iterator[Quotation]:
    if speakers:
        keys, said_by = frozenset(k for k, _ in speakers), " and ".join(dict.fromkeys(n for _, n in speakers))
        yield from (Quotation(sid, start, end, words, keys, said_by) for sid, start, end, words in quoted if words)


@dataclass(frozen=True, slots=True)
class _Read:
    quoted: list[tuple[int, int, frozenset[str]]]  # each quotation's start, end and words
    speakers: list[tuple[str, str]]  # (key, name) of its own speakers
    pronoun: bool  # "she said", "said he": someone speaks, named in a sentence before
    opener: tuple[str, str] | None  # (key, name) of the person who opens the sentence speaking (`_opener`)
    actor: tuple[str, str] | None  # (key, name) of the person who opens it doing anything (`_opener`)
    others: bool  # it speaks of someone by a noun ("the defendant", "a neighbour": `_others`)
    of_someone: bool  # its quotations speak of someone as "he", "him", "she" or "her"
    people: frozenset[str]  # the keys of the people it names outside quotations
    opening: int | None  # where a quotation it opens and does not close starts
    closing: int | None  # where a quotation it did not open closes, when it does


@dataclass
class _Paragraph:
    """What the sentences read so far of one paragraph say of who speaks."""

    where: tuple[str, int]
    last: list[tuple[str, str]] = field(default_factory=list)  # the last speakers
    named_since: set[str] = field(default_factory=set)  # the keys of other people named after them
    openers: dict[str, str] = field(default_factory=dict)  # key -> name of each person who opened a sentence speaking
    actors: dict[str, str] = field(default_factory=dict)  # key -> name of each person who opened a sentence
    others: bool = False  # a sentence read so far speaks of someone by a noun
    people: set[str] = field(default_factory=set)  # the keys of the people named so far
    open: list[tuple[int, int, int, frozenset[str]]] = field(default_factory=list)  # an unclosed quotation's parts
    opened_by: list[tuple[str, str]] = field(default_factory=list)  # who the sentence that opened it names speaking

    def speakers_for(self, sentence: _Read, text: str) -> list[tuple[str, str]]:
        """The speakers of a sentence that names none: a sentence that is only a quotation goes
        on the last speaker's, when no one else was named since (and with "she said", when they
        are people); "she said" on the one person who opened a sentence before speaking, when
        the paragraph names no one else."""
        if (self.last and text.lstrip()[:1] in _OPENING_MARKS + '"' and not self.named_since | sentence.people
                and not (sentence.pronoun and any(key not in self.people for key, _ in self.last))):
            return self.last
        if sentence.pronoun and len(self.openers) == 1 and self.people | sentence.people <= self.openers.keys():
            return list(self.openers.items())
        if (sentence.pronoun and not self.openers and not self.others and len(self.actors) == 1
                and not sentence.of_someone and self.people | sentence.people <= self.actors.keys()):
            return list(self.actors.items())  # 'Minister Jane Doe banned the sale. "…," she told reporters.'
        return []

    def read(self, sentence: _Read, speakers: list[tuple[str, str]]) -> None:
        if speakers:
            self.last, self.named_since = speakers, set()
        self.named_since |= sentence.people - {key for key, _ in self.last}
        if sentence.opener:
            self.openers.setdefault(*sentence.opener)
        if sentence.actor:
            self.actors.setdefault(*sentence.actor)
        self.others |= sentence.others
        self.people |= sentence.people


def _read(alignment: Alignment, sid: int, names: Names, roles: Roles) -> _Read:
    """A sentence's quotations, its own speakers, whether a pronoun speaks in it and who opens it speaking."""
    text, toks = alignment.texts[sid], alignment.tokens(sid)
    quoted, opening, closing = _quotation_marks(text)
    spans = list(quoted)
    # the words of a quotation begun before the sentence or going on after it are quoted too:
    # 'Then Mayor Jane Doe told us to go," one resident said' is no word of the mayor's
    spans += [(0, closing)] * (closing is not None) + [(opening, len(text))] * (opening is not None)
    outside = tokens_outside(toks, spans)
    opener, actor = _opener(text, toks, names)
    speakers, before = _speakers(alignment, sid, spans, names)
    if before is not None:
        quoted = [(start, end) for start, end in quoted if end <= before]
    return _Read(
        quoted=[(start, end, _words(alignment, sid, start + 1, end - 1)) for start, end in quoted],
        speakers=(speakers or _introducer(text, toks, spans, names) or _closing_speaker(text, toks, spans, names)
                  or _role_speaker(text, toks, spans, roles)),
        pronoun=(bool(quoted) or closing is not None) and (_pronoun_speaks([fold(tok.text) for tok, _ in outside])
                                                           or _TABLOID_PRONOUN.search(text) is not None),
        opener=opener, actor=actor, others=_others(outside),
        of_someone=any(_THIRD_PERSON.search(text, a, b) for a, b in spans),
        people=frozenset(key for _, _, key in name_runs(outside) if names.is_person(key[1:])),
        opening=opening, closing=closing)


def _quotation_marks(text: str) -> tuple[list[tuple[int, int]], int | None, int | None]:
    """The sentence's quotations (their marks included), where a mark opens a quotation that goes
    on past its end, and where one closes a quotation begun before it. A straight mark opens at
    the start or after a space or a bracket, and closes after anything else, so the close of a
    quotation begun in the sentence before is never paired with the next one's opening
    ('…innovation," Judge Jane Doe said, adding that he had shown "no remorse".')."""
    quoted, opened, closing = [], None, None
    for m in _MARK.finditer(text):
        at = m.start()
        low_open = opened is not None and text[opened] == "„"
        if (m.group() in _OPENING_MARKS and not (m.group() == "“" and low_open)) or (
                m.group() == '"' and (at == 0 or text[at - 1].isspace() or text[at - 1] in "([")):
            opened = at
        elif opened is not None:
            if _QUOTED_LENGTH[0] <= at - opened - 1 <= _QUOTED_LENGTH[1]:
                quoted.append((opened, at + 1))
            opened = None  # one too long to be read as one closes in the sentence
        elif closing is None and not quoted:
            closing = at + 1
    return quoted, opened, closing


def _pronoun_speaks(words: list[str]) -> bool:
    """Whether "he" or "she" stands beside a speech verb among the folded words: "she said", "said he"."""
    return any((w in _PRONOUNS and after in SPEECH_VERBS) or (w in _INVERTED and after in _PRONOUNS)
               for w, after in zip(words, words[1:]))


def _opener(text: str, toks, names: Names) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(key, name) of the person whose name opens the sentence, titles aside ("Acme Union leader
    Jane Doe": the name after the role), twice: when a speech verb follows it, past an age set
    off by commas ("Mayor Jane Doe said", "Jane Doe, 61, told supporters"), and whatever follows
    it but what befell them ("Jane Doe banned the sale"; not "Jane Doe was shot"). Neither for a
    possessive ("Jane Doe's lawyer said")."""
    runs = list(name_runs(toks))
    if not runs or text.lstrip()[:1] in _OPENING_MARKS + '"' or not all(
            is_title(fold(token[0].text)) or token[0].text[:1].isupper() or _qualifies(token)
            or not token[0].text[:1].isalpha() for token in toks[:runs[0][0]]):  # a live page's "17:05 Update:"
        return None, None  # "Health Minister Jane Doe", "Furious regional governor Jane Doe"
    first, last, key = runs[1] if len(runs) > 1 and _role_between(toks, runs[0], runs[1]) else runs[0]
    if toks[last][0].text.endswith(POSSESSIVE_ENDINGS) or not names.is_person(key[1:]):  # the feature "@key"
        return None, None
    verb = last + 1
    if verb + 1 < len(toks) and toks[verb][1] and is_quantity(toks[verb][1][0]) and gap(text, toks, last) == gap(
            text, toks, verb) == ",":
        verb += 1  # ", 61,"
    person = key, text[toks[first][0].start:toks[last][0].end]
    spoke, _ = _verb_after(toks, verb - 1)  # past an auxiliary: "Jane Doe has said"
    said = spoke in SPEECH_VERBS or _SPOKE_TO.match(text, toks[verb - 1][0].end) is not None
    befell = verb < len(toks) and fold(toks[verb][0].text) in _BEFELL
    return (person if said else None), (None if befell else person)


def _others(outside) -> bool:
    """Whether the words outside the quotations speak of someone by a noun ("the defendant", "a
    neighbour", "relatives"), who may be the one a pronoun stands for; not a title before a name."""
    for k, (tok, feats) in enumerate(outside):
        word = fold(tok.text)
        singular = word[:-2] if word.endswith("es") and word[:-2] in _SOMEONE else word.removesuffix("s")
        if (tok.text.islower() or k == 0) and (word in _SOMEONE or singular in _SOMEONE):
            if not any(holds_name(f) for _, f in outside[k + 1:k + 3]):  # "police chief Jane Doe"
                return True
    return False


def _speakers(alignment: Alignment, sid: int, quoted: list[tuple[int, int]], names: Names
              ) -> tuple[list[tuple[str, str]], int | None]:
    """(key, name) of each name outside the quotations that a speech verb stands next to, and of
    the names joined to it by "and" ("said Jane Doe and Ed Roe"): people and organisations; a
    place next to the verb speaks for nobody ("Jane Doe, speaking in the capital, Ostrava, said").
    In a sentence of several quotations that names another who may speak, they speak only the
    quotations before them: where those end (the offset of the first speaker), else None."""
    toks = alignment.tokens(sid)
    text = alignment.texts[sid]
    inside = Stretches(quoted)
    runs = [r for r in name_runs(toks) if not inside.holds(toks[r[0]][0].start)]
    out: dict[int, tuple[str, str]] = {}
    for n in (s for k in range(len(runs)) if (s := _speaker(toks, text, runs, k)) is not None
              and not _in_a_clause_after(text, quoted, toks[runs[s][0]][0].start)):
        if n and ((not names.is_person(runs[n][2][1:]) and _of_between(toks, runs[n - 1], runs[n]))
                  or _role_of_between(text, toks, runs[n - 1], runs[n])):
            n -= 1  # "Jane Doe of the Acme Party, who tabled it, told …", "Jane Doe, a spokeswoman for Acme, said"
        for m in (n - 1, n, n + 1):  # a name joined by "and" speaks too
            if 0 <= m < len(runs) and (m == n or _joined(toks, runs[min(m, n)], runs[max(m, n)])):
                first, last, key = runs[m]
                if names.kind_of(key[1:]) in _SPEAKING:  # the feature "@key"
                    out[m] = (key, text[toks[first][0].start:toks[last][0].end])
    speakers = {runs[m][2] for m in out}
    # 'X urged restraint and said "…", while Y said "…"': which said which is not read; '"…," X said,
    # dismissing claims by Y that the count was "rigged"': X said the first
    several = len(quoted) > 1 and any(names.kind_of(key[1:]) in _SPEAKING for _, _, key in runs if key not in speakers)
    return [out[m] for m in sorted(out)], (toks[runs[min(out)][0]][0].start if several and out else None)


def _in_a_clause_after(text: str, quoted: list[tuple[int, int]], start: int) -> bool:
    """A name at offset `start` opens a clause of its own after the quotations: 'X urged "calm",
    while Y said it was watching' - Y said something else."""
    before = [end for _, end in quoted if end <= start]
    return bool(before) and _NEW_CLAUSE.search(text[max(before):start]) is not None


def _introducer(text: str, toks, quoted: list[tuple[int, int]], names: Names) -> list[tuple[str, str]]:
    """The one person named before a colon that opens a quotation: 'Jane Doe did not hold back:
    "…"', 'Doe: "…"' (a live blog), 'Jane Doe, in a statement: "…"', or before the comma of a
    clause of saying that leads to it, when they open the sentence: 'Jane Doe was more blunt,
    saying the law "ties our hands"' (not 'The court jailed Jane Doe, saying her crimes were
    "…"'). None where the sentence names two people before it, or the one it names is spoken
    of or to ("said of Jane Doe:", "a letter to Judge Jane Doe:", "the face of Jane Doe and the words:")."""
    introduced = next((at for a, _ in quoted if (at := _introduced_at(text, a)) is not None), None)
    if introduced is None:
        return []
    at, saying = introduced
    aside = [m.span() for m in _RELATIVE_ASIDE.finditer(text, 0, at)]  # "Doe, who leads the Acme Party,"
    people = [(first, last, key) for first, last, key in name_runs(toks)
              if toks[last][0].end <= at and names.is_person(key[1:])
              and not any(a <= toks[first][0].start < b for a, b in aside)]
    if len({key for _, _, key in people}) != 1:
        return []
    first, last, key = people[0]
    before = _before_title(toks, first)
    if (before >= 0 and fold(toks[before][0].text) in _NOT_A_SPEAKER_AFTER) or toks[last][0].text.endswith(
            POSSESSIVE_ENDINGS):
        return []  # 'said of Ivan Petrov: "…"', 'a letter to Judge Marta Lind: "…"', "Doe's lawyer"
    if saying and before >= 0 and fold(toks[before][0].text) not in ARTICLES:
        return []  # the one a clause of saying is said of opens the sentence: "Police arrested Jane Doe, warning"
    return [(key, text[toks[first][0].start:toks[last][0].end])]


def _introduced_at(text: str, quotation: int) -> tuple[int, bool] | None:
    """Where what introduces the quotation at offset `quotation` begins, and whether it is a
    clause of saying: its colon, or the comma of a clause of saying ("…, saying the ruling "),
    if either leads to it."""
    if text.endswith(":", 0, past_spaces_before(text, quotation)):
        return quotation, False
    # a clause of saying runs on from the last comma before the quotation: searched from there,
    # not from the start of a sentence that may be megabytes long
    saying = _SAYING.search(text, max(0, text.rfind(",", 0, quotation)), quotation)
    return (saying.start(), True) if saying else None


def _closing_speaker(text: str, toks, quoted: list[tuple[int, int]], names: Names) -> list[tuple[str, str]]:
    """The person whose name closes a sentence that goes on from its quotation with a speech
    verb, as a translation orders it: '"…," declared the Minister of Defence of Examplia Jane
    Doe.', '"…," said to journalists the Interior Minister Jane Doe.', '"…," - has said the
    colonel Jane Doe.', '"…," declared the prosecutor Jane Doe on the press conference.': only a
    title stands between the two. Not one others speak for ('"…," said a lawyer for Jane Doe.')."""
    end, rest = _after_quotations(toks, quoted)
    if rest and fold(rest[0][0].text) in _AUXILIARIES:
        rest = rest[1:]  # "has said"
    rest, closes = _without_affiliation(text, rest)
    if not rest or len(rest) > _CLOSING_WORDS or fold(rest[0][0].text) not in _ANY_SPEECH_VERB:
        return []
    if _AFTER_QUOTATION.fullmatch(text, end, rest[0][0].start) is None or PUNCTUATION.search(
            text, rest[0][0].end, rest[-1][0].end):
        return []
    runs = list(name_runs(rest))
    if not runs or (closes and text[rest[-1][0].end:].strip(" .!\"”’'")):
        return []
    first, last, key = runs[-1]
    tail = rest[last + 1:]  # where or to whom it was said: "… Jane Doe on the press conference."
    if tail and not (fold(tail[0][0].text) in PREPOSITIONS and len(tail) <= _SAID_WHERE_WORDS):
        return []
    between = rest[3 if fold(rest[1][0].text) == "to" and first > 2 else 1:first]  # past "to journalists"
    words = [fold(tok.text) for tok, _ in between]
    if not names.is_person(key[1:]) or not _a_title(words, between) or any(
            word.removesuffix("s") in _FOR_ANOTHER and after in ("of", "for") for word, after in zip(words, words[1:])):
        return []  # '"…," said the spokesman of (or for) the President Jane Doe' is the spokesman's
    return [(key, text[rest[first][0].start:rest[last][0].end])]


def _after_quotations(toks, quoted: list[tuple[int, int]]) -> tuple[int | None, tuple]:
    """Where the sentence's last quotation ends, and the tokens after it (none without one)."""
    end = max((b for _, b in quoted), default=None)
    return end, tuple((tok, feats) for tok, feats in toks if end is not None and tok.start >= end)


def _without_affiliation(text: str, rest: tuple) -> tuple[tuple, bool]:
    """The tokens up to a name that the body it is of follows ("the colonel Jane Doe from National
    Police, which led the inquiry"), and whether they run to the sentence's end (no body follows)."""
    runs = list(name_runs(rest))
    for (start, last, _), (first, _, _) in zip(runs, runs[1:]):
        # not a body a title is of: in "the head of X of Y colonel Z", Z speaks
        if first == last + 2 and fold(rest[last + 1][0].text) in _AFFILIATED and not gap(text, rest, last) \
                and not (start and fold(rest[start - 1][0].text) == "of"):
            return rest[:last + 1], False
    return rest, True


def _role_speaker(text: str, toks, quoted: list[tuple[int, int]], roles: Roles) -> list[tuple[str, str]]:
    """The one person the corpus gives a role, when the role closes the sentence right after
    its quotation with a speech verb: '"…," fumed the mayor.', '"…," the prosecutor said.'
    (`roles.py` reads who the mayor is from "Mayor Jane Doe")."""
    end, rest = _after_quotations(toks, quoted)
    if not 3 <= len(rest) <= 4 or _AFTER_QUOTATION.fullmatch(text, end, rest[0][0].start) is None:
        return []
    low = [fold(tok.text) for tok, _ in rest]
    last = len(rest) - 1 if low[0] in _ANY_SPEECH_VERB else len(rest) - 2 if low[-1] in _ANY_SPEECH_VERB else None
    if last is None or text[rest[-1][0].end:].strip(" .!\"”’'") or PUNCTUATION.search(
            text, rest[0][0].end, rest[-1][0].end):
        return []
    key = roles.who(rest, low, last)
    first = 1 if low[0] in _ANY_SPEECH_VERB else 0
    return [(key, text[rest[first][0].start:rest[last][0].end])] if key else []


def _a_title(words: list[str], toks) -> bool:
    """The words between a translation's speech verb and the name are a title and what it is of
    (`_titling`), a role's noun and the word that qualifies it, and where the office is: "the
    humanitarian coordinator of UNO in Waldoria", "the head of National Directorate"."""
    def role(word: str) -> bool:
        return word in OFFICE_NOUNS or is_title(word)  # not "a critic of the president X": the critic's

    return all(_titling(tok.text) or role(word) or word in ("in", *OFFICE_FIELDS)
               or (k + 1 < len(words) and role(words[k + 1]))
               for k, (word, (tok, _)) in enumerate(zip(words, toks)))


def _titling(word: str) -> bool:
    """A word of a title and what it is of: "the Minister of Defence of Examplia", a translation's
    "the chief of police of Examplia"."""
    folded = fold(word)
    return folded in ARTICLES or folded == "of" or is_title(folded) or word[:1].isupper() or folded in ORG_WORDS


def _speaker(toks, text: str, runs: list[tuple[int, int, str]], n: int) -> int | None:
    """The run that speaks, when run `n` stands next to a speech verb (past the titles before it:
    "said Colonel Jane Doe"): itself, or after "said Acme producer Jane Doe" the name after the
    role, or before "Jane Doe, who leads Acme, said" the name the relative clause is said of."""
    first, last, _ = runs[n]
    after, auxiliary = _verb_after(toks, last)
    k = _before_title(toks, first)
    if k < first - 1 and k >= 0 and not _QUOTE_MARK.search(text, toks[k][0].end, toks[k + 1][0].start):
        k = _before_name(toks, k)  # past the body a title is of: '"…," Acme Party leader Jane Doe, who …, said'
        # (not a name the quotation closes on: '"… the Selva," Governor Jane Doe said')
    # "said" before the speaker credits them only right after the quotation: '"…," said Jane Doe',
    # not "the colonel warned President Ilse Varga" nor "said Jane Doe's spokeswoman"
    inverted = (k > 0 and fold(toks[k][0].text) in _INVERTED
                and _QUOTE_MARK.search(text, toks[k - 1][0].end, toks[k][0].start) is not None)
    if inverted and n + 1 < len(runs) and _role_between(toks, runs[n], runs[n + 1]):
        return n + 1
    follows_quote = k >= 0 and _QUOTE_MARK.search(text, toks[k][0].end, toks[k + 1][0].start) is not None
    if (after in SPEECH_VERBS or (after in TABLOID_SPEECH_VERBS and follows_quote)) and not (
            auxiliary and not _opens(text, toks, k)):
        return _said_of(toks, text, runs, n)
    if inverted:
        return None if toks[last][0].text.endswith(POSSESSIVE_ENDINGS) else n
    # '"…," opposition leader Jane Doe of the Acme Party, who tabled it, told lawmakers'
    # and before a quotation 'Minister Jane Doe, who visited the town, called it "…"'
    aside = _SAID_AFTER_ASIDE.match(text, toks[last][0].end) or _SAID_AFTER_OF.match(text, toks[last][0].end)
    relative = aside is not None and _RELATIVE_AFTER.match(text, toks[last][0].end) is not None and _opens(
        text, toks, k)
    return n if aside and (follows_quote or relative) and fold(aside.group(1)) in SPEECH_VERBS else None


def _opens(text: str, toks, k: int) -> bool:
    """Whether the name after token `k`, its titles before it, opens its clause: the sentence (a
    live page's time aside), or after a comma or a quotation ('In a televised address, Jan Doe
    has said', '"…," Jan Doe has said'). Only then is it the subject of a verb read past an
    auxiliary or a relative clause, not "the wife of Jan Doe, who was killed, said" nor "the man
    who stabbed Jan Doe has told the court"."""
    return (k < 0 or _CLAUSE_BREAK.search(text, toks[k][0].end, toks[k + 1][0].start) is not None
            or all(tok.text[:1].isupper() or not tok.text[:1].isalpha() for tok, _ in toks[:k + 1]))


def _verb_after(toks, last: int) -> tuple[str, bool]:
    """The word after a name ending at token `last`, past an auxiliary and an adverb ("Jane Doe
    has just called it", "Jane Doe had earlier told"), and whether it is past an auxiliary."""
    k = last + 1
    auxiliary = k < len(toks) and fold(toks[k][0].text) in _AUXILIARIES
    if auxiliary:
        k += 1
        if k + 1 < len(toks) and (fold(toks[k][0].text) in _SINCE or is_adverb(fold(toks[k][0].text))):
            k += 1
    return (fold(toks[k][0].text) if k < len(toks) else ""), auxiliary


def _before_title(toks, first: int) -> int:
    """The token before the title of the name starting at token `first`, and before up to
    _ROLE_GAP lower-case words that qualify a title ("said regional governor Jane Doe")."""
    k = first - 1
    while k >= 0 and is_title(fold(toks[k][0].text)):
        k -= 1
    if k < first - 1:
        qualifiers = 0
        while (k >= 0 and qualifiers < _ROLE_GAP and _qualifies(toks[k])
               and toks[k][0].end == toks[k + 1][0].start - 1):  # one space: not across '," '
            k -= 1
            qualifiers += 1
    return k


def _before_name(toks, k: int) -> int:
    """The token before the name token `k` stands in; `k` itself if it is no name's."""
    if k < 0 or not holds_name(toks[k][1]):
        return k
    while k > 0 and toks[k - 1][1] == toks[k][1]:
        k -= 1
    return k - 1


def _qualifies(token) -> bool:
    """A lower-case word that may qualify a title ("regional", "opposition", "tough-talking"): not
    a speech verb, nor a plural noun or a participle ("said lawyers representing President X");
    a hyphenated one is an adjective ("long-serving", "hard-pressed")."""
    tok, feats = token
    word = fold(tok.text)
    return (tok.text.islower() and bool(feats) and is_word(feats[0]) and word not in SPEECH_VERBS
            and ("-" in word or not word.endswith(("ing", "ed")))
            and not (word.endswith("s") and not word.endswith(("ss", "us"))))


def _said_of(toks, text: str, runs: list[tuple[int, int, str]], n: int) -> int | None:
    """Run `n`, before a speech verb, or when it ends a relative clause set off by commas ("Jane
    Doe, who leads the Acme Union, said"), the name right before the clause; None if there is none."""
    head = before_relative_clause(text, toks, runs[n][0])
    if head is None or gap(text, toks, runs[n][1]) != ",":
        return n  # "Ivo Tamm, whose lawyer Ana Roe said…": the clause's own subject speaks
    return next((m for m in range(n - 1, -1, -1) if runs[m][1] == head), None)


def _role_between(toks, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """A role's words stand between two names ("Acme Union leader Jane Doe"): lower-case words,
    not "in", nor a verb ("Jane Doe blamed Ruritanian forces")."""
    gap = toks[left[1] + 1:right[0]]
    return 0 < len(gap) <= _ROLE_GAP and all(t.text[0].islower() and feats and not past_tense(t.text)
                                             for t, feats in gap)


def _of_between(toks, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Only "of" (and an article) stands between two names: "Jane Doe of the Acme Party"."""
    between = [fold(t.text) for t, _ in toks[left[1] + 1:right[0]]]
    return between[:1] == ["of"] and len(between) <= 2 and all(w in ("of", "the") for w in between)


def _role_of_between(text: str, toks, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """A role set off by a comma stands between two names, the second the body the role is in:
    "Jane Doe, a spokeswoman for the Acme Party", "Jane Doe, chairman of the guards' union Acme"."""
    between = [fold(t.text) for t, _ in toks[left[1] + 1:right[0]]]
    role = between[:-1] if between[-1:] == ["the"] else between
    return (1 < len(role) <= _ROLE_WORDS and gap(text, toks, left[1]) == ","
            and ((role[0] in ("a", "an", "the") and role[-1] in PREPOSITIONS)
                 or (is_title(role[0]) and any(w in ("of", "for") for w in role)))
            and all(t.text.islower() for t, _ in toks[left[1] + 1:right[0]])
            and not any(gap(text, toks, k) not in ("", "'", "’") for k in range(left[1] + 1, right[0])))


def _joined(toks, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    return right[0] == left[1] + 2 and fold(toks[left[1] + 1][0].text) == "and"


def _words(alignment: Alignment, sid: int, start: int, end: int) -> frozenset[str]:
    return frozenset(feats[0] for _, feats in tokens_within(alignment.tokens(sid), start, end)
                     if feats and is_word(feats[0]))
