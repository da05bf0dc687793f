"""Divergences: the same slot filled differently by different articles.

- qualifier: one article calls a person "former President", another "President";
- number, time, other: quantities, dates and conditions (`quantities.py`): matching sentences
  fill a slot with different counts, sums, ages, days, times of day or conditions; anywhere,
  two measures of one thing with units differ;
- place: one article has someone stay in a named place, another somewhere else;
- quote: the same speaker's act characterised in different quoted words;
- other: the same words quoted from two different people;
- number: a whole group said to have done an act, and some of it said not to (`wholes.py`).

Quantities that agree once normalised ("since 1994" / "three decades") never diverge: they
share one duration feature.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from tui.core.align import Alignment
from tui.core.attribution import Quotation, quotations
from tui.core.entities import Names
from tui.core.features import holds_name, holds_number, is_quantity, is_word, name_runs, tokens_within
from tui.core.mentions import COMPASS_POINTS
from tui.core.model import Divergence, DivergentValue
from tui.core.quantities import measures_apart, numbers
from tui.core.roles import Roles, read_roles
from tui.core.slots import SentenceNames, described_object
from tui.core.sides import Components, Found, Side, by_value, diverging, mention_at, one_value_per_article
from tui.core.clauses import PUNCTUATION, gap
from tui.core.text import (ARTICLES, MONTHS, NO_LONGER, POSSESSIVE_ENDINGS, SETTLEMENTS, SPEECH_VERBS, STOPWORDS,
                           TITLE_QUALIFIERS, TITLE_SPECIFIERS, TITLES, WEEKDAYS, fold, holds_title, hyphen_parts,
                           past_spaces_before, stem, strip_possessive, tokens)
from tui.core.wholes import whole_and_some

# A title right after one of these verbs ("the club fired coach X") is the one the act took
# away: at the act it held, after it not, so it says neither.
_REMOVED = {"fired", "sacked", "dismissed", "removed", "replaced", "succeeded", "suspended"}
_LOCATION_VERBS = {stem(w) for w in
                   "remain stay stayed live lives held hold kept detained arrested based resides".split()}
_LOCATION_PREPOSITIONS = {"in", "at", "on", "inside", "within"}
_ARRESTS = {stem(w) for w in "arrested detained".split()}  # a place of an arrest, not of a stay ("held at")
# "Home" and "house", one place however an outlet calls it ("at his home" / a translation's "in
# his house"): compared as the first. Not "flat" or "residence", which may be another place.
_DWELLINGS = {stem(w): stem("home") for w in "home house".split()}
# What one stays or is held in that is no place, and when or how one is arrested: "held in custody",
# "remained in power", "in a stable condition", "arrested in connection with", "at the request of", "at
# gunpoint", "in the early hours of Friday", "in the middle of the night", "in the aftermath of the riots",
# "in a sting operation", "in front of his children"
_STATES = {stem(w) for w in """custody detention captivity power office hiding charge control contact touch coma
condition care confinement connection request gunpoint absentia possession early hours middle aftermath course
run-up end front raid operation sting wake crackdown swoop""".split()}
# What says when, not where, between a verb and its place: "arrested this morning at the office"
_DATE_FEATURES = {stem(w) for w in WEEKDAYS | MONTHS | {"morning", "afternoon", "evening", "night", "overnight",
                                                       "today", "yesterday", "dawn"}}
_WHEN_WORDS = 4  # how many words saying when may stand between the verb and the place: "early on Tuesday"
_WHEN_OPENERS = {"this", "early", "late", "on", "last", "later"}
_ABOUT = {"about", "around", "approximately", "roughly", "shortly"}  # before the time a place follows
_APPOSITION_WORDS = 8  # how many words describe a name between commas: "Jane Doe, the union's chief organiser,"
_PLACE_WORDS = 8  # how many words after its preposition a place is read in: "at his home in the town of Kessin"
_PAST_WHEN = 8  # how many tokens on the place after when may stand: "in April of 2024 in", "at about 4:40 p.m. in"
_NOT_A_SUBJECT = {"in", "into", "to", "from", "at", "of", "enter", "entered", "cross", "crossed", "leave", "left", "toward", "towards"}
_QUOTE = re.compile(r"[“„«\"]([^”»“\"]{2,80})[”»“\"]")  # marks as `attribution.py` reads them
_MAX_QUOTE_WORDS = 6
_QUOTE_MARKS = " ,.;:\"“”„«»"
_QUOTED_WORDS = 2  # the fewest words two quotations share to be one statement
# The fewest words, as written, of a quotation that stands inside another: "No one is above the
# law" is one statement; "We will not give up" is anyone's.
_QUOTED_RUN = 6
_SAME_QUOTE = 2 / 3  # and the share of the shorter one's words they share
_NAMED_BEFORE = 40  # how many characters before "spokesman" the body it speaks for is named: "ministry spokesman"
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b|\brepresentative\b|\bpress secretary\b", re.I)


def find_divergences(alignment: Alignment, names: Names) -> list[Divergence]:
    """`names`, the story's names as the alignment read them, say who is a person."""
    roles = read_roles(alignment.token_features)  # who "the gunman" or "the mayor" is, read once
    found = [*_qualifiers(alignment), *numbers(alignment, names, roles), *measures_apart(alignment),
             *_places(alignment), *_quotes(alignment), *_speakers(alignment, names, roles), *whole_and_some(alignment)]
    made = _distinct(d for d in map(_divergence, found) if d is not None)
    made.sort(key=lambda d: (d.sides[0].article, d.sides[0].paragraph, d.sides[0].start))
    return [dataclasses.replace(d, id=f"d{n}") for n, d in enumerate(made, 1)]


def _distinct(divergences) -> list[Divergence]:
    """One divergence for the same values at the same places, found through several slots (a
    date read for each word of its clause), with its shortest sides."""
    best: dict[frozenset, Divergence] = {}
    for d in divergences:
        where = frozenset((s.article, s.paragraph, s.end) for s in d.sides)
        if where not in best or _length(d) < _length(best[where]):
            best[where] = d
    # Nor one whose sides another has, and more: one vote read through two of its words, one of
    # which a third article gives too. Looked for among those sharing a side, not all.
    having: dict[tuple, list[frozenset]] = defaultdict(list)
    for where in best:
        for place in where:
            having[place].append(where)
    return [d for where, d in best.items() if not (where and any(where < other for other in having[min(where)]))]


def _length(d: Divergence) -> int:
    return sum(s.end - s.start for s in d.sides)


def _divergence(found: Found) -> Divergence | None:
    """One divergence per slot: every value with the articles that give it, and a side for each
    telling of it (a tabloid's summary and its story both say "54"), each article's of one value
    only: its first."""
    groups = sorted((sorted(g, key=_place) for g in found.groups), key=lambda g: _place(g[0]))
    sides, used, given = [], set(), 0
    for group in groups:
        mine = [s for s in group if s.mention.article not in used]
        used.update(s.mention.article for s in mine)
        sides += dict.fromkeys(s.mention for s in mine)
        given += bool(mine)
    if given < 2 or len({g[0].label for g in groups}) < 2:
        return None  # one text read two ways in two contexts ("19 610 feet") is no divergence to a reader
    values = tuple(DivergentValue(g[0].label, tuple(dict.fromkeys(s.mention.article for s in g)))
                   for g in groups)
    return Divergence("", found.kind, found.subject or found.slot, tuple(sides), found.slot, values)


def _place(side: Side) -> tuple[str, int, int]:
    return side.mention.article, side.mention.paragraph, side.mention.start


def _qualifiers(alignment: Alignment):
    """A person titled with a qualifier (former, acting, ...) in one article and without it in
    another, the title before the name ("ex-President X") or after it ("X, the former president")."""
    by_person: dict[tuple[str, frozenset[str]], list[Side]] = defaultdict(list)
    forms: dict[str, str] = {}
    for sid, titled in _each_sentence(alignment, _titled_names):
        for t in titled:
            side = Side(mention_at(alignment, sid, t.start, t.end), t.qualifiers, t.phrase)
            by_person[(_keep_longest(forms, t.key, t.name), t.titles)].append(side)
    for (key, _), sides in by_person.items():
        sides = diverging(sides)
        if sides:
            yield Found("qualifier", f"{forms[key]}’s title", by_value(sides), forms[key])


def _each_sentence(alignment: Alignment, read):
    """(sid, `read(tokens, text)`) for each body sentence in order, each distinct text read
    once: wire copy repeats a sentence in many articles."""
    readings: dict[str, list] = {}
    for sid, text in enumerate(alignment.texts):
        reading = readings.get(text)
        if reading is None:
            reading = readings[text] = list(read(alignment.tokens(sid), text))
        yield sid, reading


_FIELD_WORDS = 2  # lower-case words of a title's field between it and its qualifier: "former prison service chief"
_NO_FIELD_WORDS = STOPWORDS | SPEECH_VERBS


class _Titled(NamedTuple):
    """A name with a title in a sentence: the stretch of both, the name's key and text, the
    titles held, the qualifiers ("-" for none), the title's words."""

    start: int
    end: int
    key: str
    name: str
    titles: frozenset[str]
    qualifiers: str
    phrase: str


def _titled_names(toks, text: str) -> Iterator[_Titled]:
    for first, last, key in name_runs(toks):
        title = _title_before(toks, text, first, key) or _title_after(toks, text, last, key)
        if title is None or (title[0] < first and title[0] and fold(toks[title[0] - 1][0].text) in _REMOVED):
            continue
        words = [(k, _parts(toks[k][0].text)) for k in range(*title)]
        titles = frozenset(p for _, parts in words for p in parts if holds_title(p))
        if not titles:
            continue
        qualifiers = sorted({NO_LONGER.get(p, p) for _, parts in words for p in parts if p in TITLE_QUALIFIERS})
        phrase = " ".join(toks[k][0].text for k, parts in words if _titling(parts))
        start, end = toks[min(first, title[0])][0].start, toks[max(last, title[1] - 1)][0].end
        name = text[toks[first][0].start:toks[last][0].end]
        yield _Titled(start, end, key, name, titles, " ".join(qualifiers) or "-", phrase)


def _title_before(toks, text: str, first: int, key: str) -> tuple[int, int] | None:
    """The token range of the title words right before a name: "former U.S. President"."""
    start = first
    while start > 0 and _is_title_part(toks[start - 1][0].text, toks[start - 1][1], key):
        start -= 1
    if start == first:
        return None
    # a qualifier a word or two before the title is still its own: "former police officer", "ex-Ardtown police chief"
    for k in range(start - 1, max(-1, start - 2 - _FIELD_WORDS), -1):
        if text[toks[k][0].end:toks[k + 1][0].start] != " ":
            break  # '"… too late," said Dr Roe': the qualifier must stand in the title's phrase
        if any(p in TITLE_QUALIFIERS for p in _parts(toks[k][0].text)):
            return k, first
        word = toks[k][0].text
        if not word.islower() or fold(word) in _NO_FIELD_WORDS or strip_possessive(word) != word:
            break  # "the late president's spokesman": the qualifier is another's
    return start, first


def _title_after(toks, text: str, last: int, key: str) -> tuple[int, int] | None:
    """The token range of an appositive title after a name: "X, the former U.S. president"; not
    a title that goes with the next name ("X, President Y and Z")."""
    k = last + 1
    if k >= len(toks) or text[toks[last][0].end:toks[k][0].start].strip() != ",":
        return None
    if fold(toks[k][0].text) in ARTICLES:
        k += 1
    start, end = k, None
    while k < len(toks) and _is_title_part(toks[k][0].text, toks[k][1], key):
        if k > start and PUNCTUATION.search(text, toks[k - 1][0].end, toks[k][0].start):
            break
        if any(holds_title(p) for p in _parts(toks[k][0].text)):
            end = k + 1
        elif end is not None:
            return None  # a name after the title: the title is that name's
        k += 1
    return (start, end) if end is not None else None


def _parts(word: str) -> list[str]:
    return hyphen_parts(fold(word))


def _is_title_part(text: str, feats: tuple[str, ...], key: str) -> bool:
    """Words that stand in a title beside a name: titles, qualifiers, and a country (U.S. President)."""
    return _titling(_parts(text)) or (holds_name(feats) and feats[0] != key)


def _titling(parts: list[str]) -> bool:
    return any(p in TITLES or p in TITLE_QUALIFIERS or p in TITLE_SPECIFIERS for p in parts)


def _speakers(alignment: Alignment, names: Names, roles: Roles):
    """The same words quoted in two articles and credited to different people, none of them
    the same."""
    quotes, wordings = [], []
    for q in quotations(alignment, names, roles):
        wording = " ".join(fold(t.text) for t in tokens(alignment.texts[q.sid][q.start:q.end]))
        if len(q.words) >= _QUOTED_WORDS or wording.count(" ") + 1 >= _QUOTED_RUN:
            quotes.append(q)
            wordings.append(wording)
    sides = []
    for q in quotes:
        mention = mention_at(alignment, q.sid, q.start, q.end)
        key = " ".join(sorted(q.speakers))
        sides.append(Side(mention, key, q.names, f"who said “{mention.text.strip(_QUOTE_MARKS)}”"))
    articles = [alignment.sentences[q.sid].article for q in quotes]
    components, agreeing = Components(), []
    for n, m in _tellings_apart(quotes, wordings, articles):
        pair = (sides[n], sides[m])
        if quotes[n].speakers.isdisjoint(quotes[m].speakers) and not _voiced_by(quotes[n], quotes[m], names,
                                                                                 alignment.texts):
            components.join(*pair)
        else:
            agreeing.append(pair)
    told = set()  # the paragraphs and speakers of each divergence: a quotation of two sentences is one
    for found in components.groups(agreeing):
        groups = by_value(found)
        where = frozenset((s.mention.article, s.mention.paragraph, s.value) for g in groups for s in g)
        if one_value_per_article(groups) and where not in told:
            told.add(where)
            # each value named by its fullest spelling: "Jane Doe" rather than "Doe"
            groups = [[dataclasses.replace(s, label=max((t.label for t in g), key=len)) for s in g] for g in groups]
            yield Found("other", min((g[0].slot for g in groups), key=len), groups)


def _voiced_by(a: Quotation, b: Quotation, names: Names, texts: Sequence[str]) -> bool:
    """One quotation is an organisation's and the other its spokesman's: the body speaks through
    them ("the Defence Ministry said …" / "its spokesman, Jane Doe, said …", "ministry spokesman
    Jane Doe"; not "Interior Minister Jane Doe said", whose words are her own, nor "a spokesman
    for the other side's army")."""
    org = next((q for q in (a, b) if {names.kind_of(key[1:]) for key in q.speakers} == {"org"}), None)
    person = next((q for q in (a, b) if any(names.kind_of(key[1:]) == "person" for key in q.speakers)), None)
    if org is None or person is None:
        return False
    said = _SPOKESMAN.search(texts[person.sid])
    if said is None:
        return False
    before = fold(texts[person.sid][max(0, said.start() - _NAMED_BEFORE):said.start()])
    words = {w for name in org.names.split(" and ") for w in fold(name).split()}
    return before.rstrip().endswith("its") or any(w in before.split() for w in words)


def _tellings_apart(quotes: list[Quotation], wordings: list[str], articles: list[str]) -> Iterator[tuple[int, int]]:
    """(n, m) for every two quotations of one statement in different articles, the one in the
    earlier article first: they share most words (`_same_words`), or one's words, as written,
    run inside the other's (`_quoted_within`). Wire copy repeats a quotation in many articles:
    wordings are compared once, not every telling with every other."""
    told: dict[frozenset[str], list[int]] = defaultdict(list)  # a wording -> the quotes that give it
    written: dict[frozenset[str], str] = {}  # a wording -> its words as first written
    for n, q in enumerate(quotes):
        told[q.words].append(n)
        written.setdefault(q.words, wordings[n])
    if len(set(articles)) < 2:
        return  # one article's quotations: none is told in another
    postings: dict[str, list[frozenset[str]]] = defaultdict(list)  # a word -> the wordings with it
    for words in told:
        for w in words:
            postings[w].append(words)
    alone = {words: articles[ns[0]] for words, ns in told.items() if len({articles[n] for n in ns}) == 1}
    for words, mine in told.items():
        # in the order the wordings are first told, so the pairs, and the labels they give, do not
        # depend on the order a set of them iterates in
        for others in sorted({o for w in words for o in postings[w]}, key=lambda o: told[o][0]):
            if words in alone and alone.get(others) == alone[words]:
                continue  # both told in one article only, the same: no two articles tell them
            if _same_words(words, others) or _quoted_within(written[words], written[others]):
                yield from ((n, m) for n in mine for m in told[others] if articles[n] < articles[m])


def _same_words(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two quotations' words, of one statement: most of the shorter one's words are in the longer,
    and with only two shared, half the longer's: "not use force until attacked" is no telling of
    "alarmed by disproportionate use of force"."""
    shared = len(a & b)
    return (shared >= _QUOTED_WORDS and shared >= _SAME_QUOTE * min(len(a), len(b))
            and (shared > _QUOTED_WORDS or 2 * shared >= max(len(a), len(b))))


def _quoted_within(a: str, b: str) -> bool:
    """The shorter quotation, of _QUOTED_RUN words at least, stands word for word in the other:
    "No one is above the law" says little but its words; in "No one is above the law, and the
    verdict shows it" it is the same statement."""
    short, long_ = sorted((a, b), key=len)
    return short.count(" ") + 1 >= _QUOTED_RUN and f" {short} " in f" {long_} "


def _places(alignment: Alignment):
    """Where someone remained or is held, or was arrested: a named place in one article,
    somewhere else in another."""
    by_person: dict[tuple[str, bool], list[Side]] = defaultdict(list)
    named: dict[str, bool] = {}
    forms: dict[str, str] = {}
    for sid, stays in _each_sentence(alignment, _stays):
        for stay in stays:
            subject = _keep_longest(forms, stay.key, stay.name)
            side = Side(mention_at(alignment, sid, stay.start, stay.end), stay.value, stay.text)
            by_person[(subject, stay.arrested)].append(side)
            named[stay.value] = stay.is_name
    names_in = _names_by_article(alignment) if by_person else {}
    for (subject, arrested), sides in by_person.items():
        sides = diverging(sides)
        # a named place on one side ("in Ardvik"; for an arrest, "at his home in Ardvik" too, while
        # one stays "in hospital in Ardvik" or "in a stable condition"), somewhere else on another
        if sides and any(named[s.value] or (arrested and "@" in s.value) for s in sides) and any(
                _elsewhere(a, b, named, names_in) for a in sides for b in sides):
            where = "was arrested" if arrested else "is"
            yield Found("place", f"where {forms[subject]} {where}", by_value(sides), forms[subject])


class _Stay(NamedTuple):
    """Someone said to stay or be held somewhere, in a sentence: the stretch from the verb to
    the place, the subject's key and text, the place compared, whether it is a name, and the
    words from the preposition on."""

    start: int
    end: int
    key: str
    name: str
    value: str
    is_name: bool
    text: str
    arrested: bool  # where someone was arrested, not where they stay or are held


def _stays(toks, text: str) -> Iterator[_Stay]:
    names = SentenceNames.of(toks)  # read once a sentence: a line may hold thousands of verbs
    runs = list(names.by_first.values())  # in order
    for v, (tok, feats) in enumerate(toks):
        if not feats or feats[0] not in _LOCATION_VERBS or v + 1 >= len(toks):
            continue
        held = _object_after(toks, text, v, names)  # "officers arrested (the activist) Jane Doe in the car park"
        p = v + 1 if held is None else _past_appositions(text, toks, held[0])
        if p >= len(toks):
            continue
        limit = min(p - 1 + _WHEN_WORDS, len(toks) - 1)
        while p < limit and (
                fold(toks[p][0].text) in _WHEN_OPENERS or (toks[p][1] and toks[p][1][0] in _DATE_FEATURES)):
            p += 1  # "arrested this morning at", "detained early on Tuesday in"
        if fold(toks[p][0].text) not in _LOCATION_PREPOSITIONS:
            continue
        subject = _subject_before(toks, text, v, runs) if held is None else held[1]
        at = _place_preposition(toks, p)
        place = _phrase_after(toks, text, at) if at is not None else None
        if subject is None or place is None:
            continue
        value, is_name, end = place
        yield _Stay(toks[v][0].start, end, *subject, value, is_name, text[toks[at][0].start:end], feats[0] in _ARRESTS)


def _past_appositions(text: str, toks, k: int) -> int:
    """The token after what is set off by commas after token `k`, a name's last, to describe it: an
    age, or words opening with an article ("Jane Doe, 34, the union's organiser, at her home" ->
    "at"); `k + 1` when nothing is."""
    while gap(text, toks, k) == "," and k + 1 < len(toks) and (
            fold(toks[k + 1][0].text) in ARTICLES or holds_number(toks[k + 1][1])):
        end = next((j for j in range(k + 1, min(k + 1 + _APPOSITION_WORDS, len(toks))) if gap(text, toks, j) == ","),
                   None)
        if end is None:
            break
        k = end
    return k + 1


def _place_preposition(toks, k: int) -> int | None:
    """The preposition of the place, at token `k` or, past when it happened, the next: "detained
    in April of 2024 in the port of Siltavik"."""
    if not _is_date_or_figure(toks, k + 1):
        return k
    for j in range(k + 2, min(k + _PAST_WHEN, len(toks))):
        if fold(toks[j][0].text) == "and":
            return None  # "detained in 2022 and has since been held in Orsk": another clause's place
        if fold(toks[j][0].text) in _LOCATION_PREPOSITIONS:
            return j if not _is_date_or_figure(toks, j + 1) else None
    return None


def _is_date_or_figure(toks, k: int) -> bool:
    """Token `k` says when: a date's or a figure's, past a word that loosens it ("at about 4:40 p.m.")."""
    if k < len(toks) and fold(toks[k][0].text) in _ABOUT:
        k += 1
    return k < len(toks) and bool(toks[k][1]) and _dates(toks[k][1][0])


def _object_after(toks, text: str, verb: int, names: SentenceNames) -> tuple[int, tuple[str, str]] | None:
    """(its last token, (key, text)) of the name the verb acts on (`slots.described_object`):
    "arrested Jane Doe at her home", "arrested the activist Jane Doe at her home"."""
    run = described_object(text, toks, names, verb)
    if run is None:
        return None
    first, last, key = run
    return last, (key, text[toks[first][0].start:toks[last][0].end])


def _dates(feature: str) -> bool:
    """A figure or a day's or month's name, which says when, not where."""
    return is_quantity(feature) or feature in _DATE_FEATURES


def _elsewhere(a: Side, b: Side, named: dict[str, bool], names_in: dict[str, set[str]]) -> bool:
    """Two articles put someone in different places, and not only at different scales: an
    article that names the other's place too ("stayed in Lyon" in an article on France, beside
    "stayed in France") most likely says where in it."""
    if a.mention.article == b.mention.article or a.value == b.value:
        return False
    if any(_a_region(side.label) for side in (a, b)):
        return False  # "in the north-west" is where a named town may be: one says where, the other roughly
    words_a, words_b = set(a.value.split()), set(b.value.split())
    if words_a <= words_b or words_b <= words_a:
        return False  # "at his home" and "at his home in Ardvik": one place, told in more detail
    if any(w.startswith("@") for w in words_a & words_b):
        return False  # "at a cafe in Ardvik" and "at his home in Ardvik": somewhere in one named place
    if named[a.value] and named[b.value]:
        return a.value not in names_in[b.mention.article] and b.value not in names_in[a.mention.article]
    return True


def _a_region(told: str) -> bool:
    """A place told (as written) by a compass point only, perhaps after a word that describes it:
    "in the north-west", "in the troubled North-West", "in the north west"; not "in the southern city"."""
    words = fold(told).rstrip(".,;:").split()
    return bool(words) and set(hyphen_parts(words[-1])) <= COMPASS_POINTS


def _names_by_article(alignment: Alignment) -> dict[str, set[str]]:
    """The name keys each article's body gives."""
    named = [frozenset(f for f in t.features if f[0] == "@") for t in alignment.types]  # each type read once
    out: dict[str, set[str]] = defaultdict(set)
    for sid, ref in enumerate(alignment.sentences):
        out[ref.article].update(named[alignment.type_of[sid]])
    return out


def _subject_before(toks, text: str, verb: int, runs: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """(key, text) of the name nearest before the verb that can be its subject: not one a
    preposition governs ("of the Dockers' Union") nor one in brackets ("(KDU)"); the name that
    opens the sentence when what stands between it and the verb is set off by commas ("Jane
    Doe, 54, head of the Acme Union, was detained"). `runs` are the sentence's names, in order."""
    if runs and runs[0][0] == 0 and runs[0][1] < verb and text.startswith(",", toks[runs[0][1]][0].end) \
            and text.endswith((", was", ", were", ","), 0, past_spaces_before(text, toks[verb][0].start)):
        first, last, key = runs[0]
        return key, text[toks[first][0].start:toks[last][0].end]
    for n in range(bisect_left(runs, verb, key=_first_token) - 1, -1, -1):  # those starting before it, nearest first
        first, last, key = runs[n]
        before = first - 1 - (first > 1 and fold(toks[first - 1][0].text) in ARTICLES)  # past "the"
        if last < verb and (first == 0 or fold(toks[before][0].text) not in _NOT_A_SUBJECT) \
                and not text.endswith("(", 0, toks[first][0].start):
            return key, text[toks[first][0].start:toks[last][0].end]
    return None


def _first_token(run: tuple[int, int, str]) -> int:
    return run[0]


def _keep_longest(forms: dict[str, str], key: str, text: str) -> str:
    """Keep the longest way a name is written, for summaries ("Pavel Strelkovich"); return the key."""
    if len(text) > len(forms.get(key, "")):
        forms[key] = text
    return key


def _phrase_after(toks, text: str, preposition: int):
    """(compared value, whether it is a name, end offset) of the place after the preposition."""
    content = []
    end = read = toks[preposition][0].end  # the end of the place's last word, and of the last word read
    for n, (tok, feats) in enumerate(toks[preposition + 1:preposition + 1 + _PLACE_WORDS], preposition + 1):
        if re.search(r"[,;.:]", text[read:tok.start]) or (feats and _dates(feats[0]) and content):
            break  # a clause's end; "at his home at 6 a.m.", "at his home on Tuesday": the place ends at the time
        read = tok.end
        if feats:
            end = tok.end
        if tok.text.endswith(POSSESSIVE_ENDINGS) and n + 1 < len(toks) and holds_name(toks[n + 1][1]):
            continue  # "at the terminal's Korvel Gate": the gate is the place
        if fold(tok.text) in SETTLEMENTS and n + 2 < len(toks) and fold(toks[n + 1][0].text) == "of" \
                and holds_name(toks[n + 2][1]):
            continue  # "at his home in the town of Kessin": the town is Kessin
        if feats:
            content.append(_DWELLINGS.get(feats[0], feats[0]))
            if feats[0].startswith("@"):
                while n + 1 < len(toks) and toks[n + 1][1] == feats:
                    n += 1  # the whole of the name: "in the District of Columbia", "in Sant Joan"
                end = toks[n][0].end
                break
            if len(content) == 2:
                break
    if not content or content[0] in _STATES or _dates(content[0]):
        return None  # "held in custody", "remained in power", "in 2024": no place
    return " ".join(content), content[0].startswith("@"), end


def _quoted_beside_names(toks, text: str) -> Iterator[tuple]:
    """For a sentence with a short quotation: its names as (key, text), and its quotations as
    (start, end, content features, words); nothing for a sentence without a quote."""
    quoted = list(_QUOTE.finditer(text))
    if not quoted:
        return  # the names of sentences without a quote are not needed
    names = [(key, text[toks[first][0].start:toks[last][0].end]) for first, last, key in name_runs(toks)]
    found = []
    for m in quoted:
        words = m.group(1).split()
        if not 1 <= len(words) <= _MAX_QUOTE_WORDS:
            continue
        content = frozenset(f for _, feats in tokens_within(toks, m.start(1), m.end(1)) for f in feats)
        if content:
            found.append((m.start(), m.end(), content, m.group(1).strip(" ,.;:")))
    yield names, found


def _first_apart(sides_a: list[Side], sides_b: list[Side]) -> tuple[Side, Side] | None:
    """The first telling of each of two quotes, in two different articles."""
    for a in sides_a:
        b = next((b for b in sides_b if b.mention.article != a.mention.article), None)
        if b is not None:
            return a, b
    return None


def _quotes(alignment: Alignment):
    """Short quoted characterisations next to the same name, sharing a word but not the wording."""
    by_name: dict[str, list[tuple[frozenset, Side]]] = defaultdict(list)
    forms: dict[str, str] = {}
    for sid, reading in _each_sentence(alignment, _quoted_beside_names):
        for names, quoted in reading:  # a sentence with a quote
            keys = {_keep_longest(forms, key, name) for key, name in names}
            for start, end, content, label in quoted:
                side = Side(mention_at(alignment, sid, start, end), " ".join(sorted(content)), label)
                for key in sorted(keys):
                    by_name[key].append((content, side))
    seen = set()  # a pair of quotes found beside two names is one divergence
    for key, quotes in by_name.items():
        # Wire copy repeats a quote in hundreds of articles: the distinct quotes are paired,
        # each told by its first sides, never every article's telling with every other's.
        told: dict[str, tuple[frozenset, list[Side]]] = {}
        for content, side in quotes:
            told.setdefault(side.value, (content, []))[1].append(side)
        distinct = list(told.items())
        if len({side.mention.article for _, (_, sides) in distinct for side in sides}) < 2:
            continue  # one article's quotes: none of them differs from another outlet's
        # Two quotations characterise one thing when they share a word, not only a name ("Long
        # live Ruritania" and "Glory to Ruritania" are two slogans that agree): only such pairs are
        # looked at, found through the words.
        with_word: dict[str, list[int]] = defaultdict(list)
        for n, (_, (content, _)) in enumerate(distinct):
            for word in filter(is_word, content):
                with_word[word].append(n)
        for n, m in sorted({(a, b) for ns in with_word.values() for k, a in enumerate(ns) for b in ns[k + 1:]}):
            (va, (ca, sides_a)), (vb, (cb, sides_b)) = distinct[n], distinct[m]
            if frozenset((va, vb)) in seen or ca <= cb or cb <= ca:
                continue
            pair = _first_apart(sides_a, sides_b)
            if pair:
                seen.add(frozenset((va, vb)))
                yield Found("quote", f"what {forms[key]}’s act is called", [list(pair[:1]), list(pair[1:])], forms[key])
