"""Entities: mentions clustered across articles and spellings, typed, named.

Precision before recall: a false merge tells the reader two people are one. So a name
joins another only on strong evidence: the same words once spellings are folded
(transliteration keys, a table of given-name romanisations), a surname following its full
name, a short form of an organisation in the same article, an acronym and its expansion, a name
the text itself calls another's ("Varn, formerly Kestrel Air": aliases.py).
Gendered surname forms (-ski/-skaya, -ov/-ova) are different people; a shared given name, or
a shared surname with different given names, is not identity.
"""

from __future__ import annotations

import itertools
import re

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz.distance import Levenshtein, Prefix

from tui.core.aliases import SaidOne, written_as_one
from tui.core.mentions import (COMPASS_POINTS, DATELINE, GENERATIONAL_SUFFIXES, OPENS_A_PLACE, ORG_WORDS, PARTICLES,
                               PLACE_WORDS, RELIEF_BODIES, ROMAN_NUMERAL, Mention, NameSpan, find_mentions, gazetteer,
                               is_acronym, kinds_by, numbered, summed_kinds)
from tui.core.model import Article, Corrections, Entity
from tui.core.model import Mention as ExportedMention
from tui.core.text import fold, given_name_key, is_english_word, name_key, translit_key

_KINDS = ("person", "place", "org", "other")
# How many of a name's mentions say what kind of name it is when one is asked (`Names.is_person`):
# a corpus that repeats a name thousands of times says no more of it than its first mentions.
_KIND_READ = 64
_FEMALE = ("aya", "kaya", "skaya", "ova", "eva", "ina", "ska", "ská", "ová", "yna")
_MALE = ("ski", "sky", "skiy", "ov", "ev", "in", "ich", "vich", "ij", "iy", "yi")
# what a woman's surname adds: Hask -> Haskova, in Polish spelling Haskowa (not Lim -> Lima)
_FEMININE_ENDINGS = frozenset({"ova", "eva", "owa", "ewa"})
# The small words inside a name: those of a body's or a place's name, and the particles a surname may
# open on ("de Groot", "von der Leyen").
_JOINERS = {"of", "the", "and", "for"} | PARTICLES
_PARTY_WORDS = {"party", "front", "alliance", "league", "bloc"}  # what a party's name ends on, after its adjective


@dataclass(frozen=True)
class Names:
    """The story's names, read once for the whole analysis: every mention (mentions.py), and
    the groups of mentions that name one thing (the clustering below), each with the name it
    is shown by. The sidebar's entities are these groups after the reader's corrections;
    alignment and divergences compare a name by its group's key (`spans`)."""

    mentions: tuple[Mention, ...]  # in reading order
    demonyms: tuple[Mention, ...]  # "Ukrainian": compared as its place, not a name of its own
    groups: tuple[tuple[int, ...], ...]
    shown_by: tuple[int, ...]  # each group's mention that shows its name
    _kinds: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)  # asked
    _group_articles: dict[str, list[frozenset[str]]] = field(default_factory=dict, init=False, repr=False,
                                                              compare=False)

    def spans(self, paragraphs: Collection[tuple[str, int]]) -> dict[tuple[str, int], list[NameSpan]]:
        """(article, paragraph) -> the names in it, in order, for these paragraphs; each name
        with its group's key, so "the U.S." and "the United States" meet, and a demonym with its
        place's."""
        out: dict[tuple[str, int], list[NameSpan]] = defaultdict(list)
        key_of: dict[str, str] = {}  # a name as written (folded) -> its group's key, for demonyms
        for group, shown_by in zip(self.groups, self.shown_by):
            key = _group_key(self.mentions[shown_by])
            for m in (self.mentions[i] for i in group):
                key_of.setdefault(fold(m.text), key)
                if (m.article, m.paragraph) in paragraphs:
                    out[(m.article, m.paragraph)].append(NameSpan(m.start, m.end, key))
        for m in self.demonyms:
            if (m.article, m.paragraph) in paragraphs:
                out[(m.article, m.paragraph)].append(NameSpan(m.start, m.end, key_of.get(m.place) or name_key(m.place)))
        for found in out.values():
            found.sort()
        return out

    def kind_of(self, key: str) -> str:
        """What the name of a key (as `spans` gives it) names, "person", "place", "org" or
        "other", as the context of its mentions says. Asked of a few names, not read for all: a
        corpus has tens of thousands."""
        known = self._kinds
        if key not in known:
            votes: Counter[str] = Counter()
            for i in itertools.islice(itertools.chain(*self._groups_by_key.get(key, ())), _KIND_READ):
                votes.update(self.mentions[i].kinds)
            known[key] = _kind(votes)
        return known[key]

    def is_person(self, key: str) -> bool:
        return self.kind_of(key) == "person"

    def one_named_in(self, key: str, article: str) -> int | None:
        """The one group of mentions a key (as `spans` gives it) stands for in an article, by its
        index among the key's groups: the one the article names, or, when it names none (it
        says "the gunman", whom another names), the corpus's one. None when there are several
        ("Piet Kolvar" and "Jan Kolvar" are keyed alike)."""
        groups = self._groups_by_key.get(key, ())
        if len(groups) == 1:
            return 0  # the common case: one person of the name in the whole corpus
        found = [n for n, articles in enumerate(self._articles_of_groups(key)) if article in articles]
        return found[0] if len(found) == 1 else None

    def named_in(self, key: str, article: str) -> bool:
        """Whether an article names someone of a key (as `spans` gives it)."""
        return any(article in articles for articles in self._articles_of_groups(key))

    def _articles_of_groups(self, key: str) -> list[frozenset[str]]:
        """For each group of a key, the articles its mentions are in; read once a key."""
        if key not in self._group_articles:
            self._group_articles[key] = [frozenset(self.mentions[i].article for i in group)
                                         for group in self._groups_by_key.get(key, ())]
        return self._group_articles[key]

    @cached_property
    def _groups_by_key(self) -> dict[str, list[tuple[int, ...]]]:
        out: dict[str, list[tuple[int, ...]]] = defaultdict(list)
        for group, shown in zip(self.groups, self.shown_by):
            out[_group_key(self.mentions[shown])].append(group)
        return out


def _group_key(named: Mention) -> str:
    """A group's key: that of the last word of the mention that shows its name, as a surname
    names a person wherever the full name is not given; a place's whole name where a word
    before it says which part of a land it is: "South Sudan" is not Sudan, nor "North Korea"
    the South. (Keying every organisation or place by its whole name, so that "the Teachers
    Union" is not "the European Union", was measured: it cost the second development event
    links, 0.640 -> 0.624, and the sample nothing.)"""
    if len(named.words) > 1 and fold(named.words[0]) in _PART_OF_A_LAND:
        return " ".join(name_key(w) for w in named.words)
    return name_key(named.words[-1])


_PART_OF_A_LAND = COMPASS_POINTS | {"central", "new", "upper", "lower"}


def read_names(articles: Sequence[Article]) -> Names:
    """Every name in the articles, and which of them name one thing."""
    found = find_mentions(articles)
    mentions = tuple(m for m in found if not m.place)
    place = _reading_place(mentions, articles)
    texts = {(a.id, p.index): p.text for a in articles for p in a.paragraphs}
    said_one = list(written_as_one(mentions, texts))
    groups = tuple(tuple(sorted(g, key=place)) for g in _cluster(list(mentions), said_one))
    group_of = {i: n for n, g in enumerate(groups) for i in g}
    former = {mentions[s.former].words for s in said_one  # of the pairs joined only
              if s.former is not None and group_of[s.first] == group_of[s.second]}
    shown_by = tuple(_shown_by(mentions, g, former) for g in groups)
    return Names(mentions, tuple(m for m in found if m.place), groups, shown_by)


def _shown_by(mentions: Sequence[Mention], group: Sequence[int], former: Collection[tuple[str, ...]]) -> int:
    """The group's mention (in reading order) that shows its name: not a name the text says
    is a former one ("Varn, formerly Kestrel Air") while the group has another."""
    ms = [mentions[i] for i in group]
    current = [m for m in ms if m.words not in former] or ms
    return group[_first(ms, _chosen_name(current))]


def _reading_place(mentions: Sequence[Mention], articles: Sequence[Article]) -> Callable[[int], tuple[int, int, int]]:
    """Where mention i stands in reading order: its article's place, its paragraph, its offset."""
    order = {a.id: n for n, a in enumerate(articles)}
    return lambda i: (order[mentions[i].article], mentions[i].paragraph, mentions[i].start)


def find_entities(articles: Sequence[Article], corrections: Corrections = Corrections(),
                  names: Names | None = None) -> tuple[Entity, ...]:
    """The sidebar's entities: the story's names (read again unless given), corrected."""
    names = names if names is not None else read_names(articles)
    mentions = names.mentions
    place = _reading_place(mentions, articles)
    # a group the corrections left alone is in reading order and named already
    chosen = {group: mentions[i].text for group, i in zip(names.groups, names.shown_by)}
    entities = []
    for members in _correct(names.groups, mentions, corrections):
        name = chosen.get(tuple(members))
        entities.append(_entity(mentions, members if name else sorted(members, key=place), name))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return tuple(Entity(f"e{n}", e.name, e.kind, e.variants, e.mentions) for n, e in enumerate(entities, 1))


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# Generational suffixes (mentions.GENERATIONAL_SUFFIXES) are dropped from a name's key: "John
# Doe Jr." is most often written "John Doe" too. A Roman numeral stays: "John Doe III" and "King
# Henry VIII" are other people.
_PERSON_EVIDENCE = 2  # person votes beyond the guess two plain capitalised words earn
# Place votes by which a word's own mentions show it a town, not the short name of an
# organisation named after it: "in Torvik", "40 km from Torvik" twice (a clinic's name said
# once "at Promises" is the clinic's)
_PLACE_EVIDENCE = 2
_OWN_NAME_WORDS = 2  # "Al-Amal Hospital": a name and what it is; "Velska Primary School" is named after a town
_ABBREVIATION = 4  # the longest abbreviation of one word read as such
# One word of an organisation's name told in another form of the same stem: "Electoral" /
# "Election", "Maritime" / "Marine". The words begin alike for this many letters at least.
_SAME_STEM = 4
_STEM_ENDING = 4  # the most letters past the stem
_SHORT_GIVEN = 3  # the fewest letters of a given name's short form ("Tom")
_WOMANS_ENDINGS = ("a", "e", "et", "ette")  # what makes a man's given name a woman's: Daniela, Christine, Janet


def _name_keys(m: Mention) -> tuple[str, ...]:
    return _keys_of_words(m.words)


@lru_cache(maxsize=1 << 14)
def _keys_of_words(name: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of a name's words, without a generational suffix (Jr, III)."""
    words = list(name)
    while len(words) > 1 and fold(words[-1]).rstrip(".") in GENERATIONAL_SUFFIXES:
        words.pop()
    return tuple(name_key(w) for w in words)


@dataclass
class _Forms:
    """The mentions' distinct names, each (article, words) once, in order of first mention:
    what the clustering reads of a name is the same in every copy of a sentence, so wire copy
    repeated across outlets is read once, its kind votes summed."""

    first: list[Mention]  # the first mention of each form
    of: list[int]  # mention index -> its form
    votes: list[Counter]  # each form's kind votes, summed over its mentions
    last: list[int]  # each form's last mention index

    @classmethod
    def of_mentions(cls, mentions: list[Mention]) -> _Forms:
        index: dict[tuple[str, tuple[str, ...]], int] = {}
        forms = cls([], [], [], [])
        for i, m in enumerate(mentions):
            f = index.setdefault((m.article, m.words), len(forms.first))
            if f == len(forms.first):
                forms.first.append(m)
                forms.last.append(i)
            forms.of.append(f)
            forms.last[f] = i
        votes = kinds_by(mentions, forms.of)
        forms.votes = [votes[f] for f in range(len(forms.first))]
        return forms


def _cluster(mentions: list[Mention], said_one: Sequence[SaidOne] = ()) -> list[list[int]]:
    """Groups of mention indices that name one entity, joined form by form (`_Forms`) in named
    stages, each on the strongest evidence left; `said_one`: pairs of mentions the text says
    are names of one thing (aliases.py)."""
    forms = _Forms.of_mentions(mentions)
    union = _Union(len(forms.first))
    alone = _join_same_words(forms.first, union)
    _join_spelled_apart(forms, union)
    _join_inverted(forms.first, union)
    _join_shortened(mentions, forms, union)
    _join_single_words(alone, forms, union)
    _join_party_members(alone, forms, union)
    _join_acronyms(forms.first, union)
    for a, b in _renamed(said_one, mentions, forms, union):
        union.join(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, form in enumerate(forms.of):
        groups[union.find(form)].append(i)
    return list(groups.values())


def _join_same_words(names: list[Mention], union: _Union) -> dict[str, list[int]]:
    """1. The same words, spellings folded, written apart, hyphenated or as one ("Abdul Rahman",
    "Abdulrahman"; "Jean-Luc", "Jean Luc"). A single word waits (`_join_single_words`): it may
    stand for one name in one article and another in the next. Returns each single word's
    letters -> its forms."""
    by_words: dict[str, int] = {}
    alone: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(names):
        letters = "".join(_name_keys(m))
        if len(m.words) == 1 and not m.is_acronym:
            alone[letters].append(i)
        else:
            union.join(i, by_words.setdefault(letters, i))
    for letters in alone.keys() & by_words.keys():
        for i in alone[letters]:
            union.join(i, by_words[letters])
    return alone


def _join_spelled_apart(forms: _Forms, union: _Union) -> None:
    """2. Multi-word names that are one entity spelled another way. Only names that share a
    surname, all words but one, or (in one article) a first word can be; those are compared."""
    names = forms.first
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # what a name's mentions in an article say
    for m, said in zip(names, forms.votes):
        votes[(m.article, "".join(_name_keys(m)))] += said
    for bucket in _candidate_buckets(names):
        for n, i in enumerate(bucket):
            for j in bucket[n + 1:]:
                if union.find(i) != union.find(j) and _same_full_name(names[i], names[j], votes):
                    union.join(i, j)


def _join_inverted(names: list[Mention], union: _Union) -> None:
    """2b. A place's or an organisation's name with its head before "of" and the same name with
    the head last: "Ministry of the Interior" / "Interior Ministry", "Square of the Republic" /
    "Republic Square", "Party of the Agrarian Renewal" / "Agrarian Renewal Party". (Not a country
    after "of" as its people's adjective: the Council of Europe is not the European Council.)"""
    heads_last: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(names):
        if len(m.words) > 1 and "of" not in m.words and not _person_like(m):
            heads_last.setdefault(_name_keys(m), i)
    for i, m in enumerate(names):
        if m.words.count("of") == 1 and not _person_like(m):
            head, rest = _split_of(m.words)
            j = heads_last.get(_keys_of_words((*rest, *head))) if head and rest else None
            if j is not None:
                union.join(i, j)


def _split_of(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's words before "of", and those after it past "the"."""
    k = words.index("of")
    rest = words[k + 1:]
    return words[:k], rest[1:] if rest[:1] in (("the",), ("The",)) else rest


def _join_shortened(mentions: list[Mention], forms: _Forms, union: _Union) -> None:
    """3. A place's or an organisation's shorter name that ends the one longer name in the
    corpus that ends so: "Mill Bridge" / "Old Town Mill Bridge", "City Police" / "Ruritania City
    Police"; a person's, by what each mention's own context says (read over mentions)."""
    for short, long_ in (*_trailing_names(forms.first), *_parties_unnamed(forms.first)):
        union.join(short, long_)
    for short, long_ in _shortened_people(mentions):
        union.join(forms.of[short], forms.of[long_])


def _join_single_words(alone: dict[str, list[int]], forms: _Forms, union: _Union) -> None:
    """4. A surname, a first name or a short form after the full name in the same article, else
    the one full name in the corpus it can belong to (`_single_word_joins`)."""
    kinds = _kind_votes(forms.votes, union)
    index = _FullNames(forms.first, sorted(range(len(forms.first)), key=forms.last.__getitem__), union, kinds)
    for word_forms in alone.values():
        for a, b in _single_word_joins(word_forms, forms.first, union, kinds, index):
            union.join(a, b)


def _join_party_members(alone: dict[str, list[int]], forms: _Forms, union: _Union) -> None:
    """4b. A party's members' plural in any article ("the Socialists") and its adjective alone in
    an article that names the party ("Socialist MPs" beside "the Ardland Socialist Party") are
    the party, where one party's name ends so. Not a word its mentions say is a person's or that
    already stands for another name ("Lia Green, a lawyer for the Green Party"), nor a place a
    party is named after ("Zelva" and "the Free Zelva Front"): a party's word is English."""
    names, kinds = forms.first, _kind_votes(forms.votes, union)
    parties: dict[str, set[int]] = defaultdict(set)  # the word before a party's word -> the parties' forms
    for i, m in enumerate(names):
        if len(m.words) >= 2 and fold(m.words[-1]) in _PARTY_WORDS:
            parties[name_key(m.words[-2])].add(i)
    longer = {union.find(i) for i, m in enumerate(names) if len(m.words) > 1}
    for word_forms in alone.values():
        word = names[word_forms[0]].words[0]
        roots = {union.find(i) for i in word_forms}
        if not is_english_word(word) or fold(word) in gazetteer() or roots & longer or any(
                kinds[r]["place"] or kinds[r]["person"] for r in roots):
            continue
        plural = name_key(word[:-1]) if word.endswith("s") else None
        for i in word_forms:
            if plural in parties:  # the members, named in any article
                candidates = parties[plural]
            else:  # the adjective, only beside the party's name
                candidates = {r for r in parties.get(name_key(word), ()) if names[r].article == names[i].article}
            party = _the_party(candidates, union)
            if party is not None:
                union.join(i, party)


def _the_party(candidates: set[int], union: _Union) -> int | None:
    """The one party (group) of the candidate names, if they are of one."""
    roots = {union.find(r) for r in candidates}
    return next(iter(roots)) if len(roots) == 1 else None


def _join_acronyms(names: list[Mention], union: _Union) -> None:
    """5. Acronyms and their expansions (EU, European Union; U.S., United States), where the
    letters stand for one name only."""
    expansions: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(names):
        if len(m.words) >= 2:
            # a name's number stays whole: "World War II" is WWII
            words, number = (m.words[:-1], m.words[-1].upper()) if numbered([fold(w) for w in m.words]) else (m.words, "")
            # "Department of Transport" is DT to some and DOT to others
            for initials in {"".join(w[0] for w in words if fold(w) not in _JOINERS).upper(),
                             "".join(w[0] for w in words if fold(w) != "the").upper()}:
                expansions[initials + number].add(union.find(i))
    for i, m in enumerate(names):
        if m.is_acronym:
            letters = m.words[0].replace(".", "")
            letters = letters[:-1] if letters.endswith("s") else letters
            # "THR" is "The Hollywood Reporter" although the name's "The" is not in the mention.
            for initials in (letters.upper(), letters.upper()[1:] if letters.startswith("T") else ""):
                roots = expansions.get(initials, set()) if initials else set()
                if len(roots) == 1:
                    union.join(i, next(iter(roots)))
                    break


def _renamed(said_one: Sequence[SaidOne], mentions: Sequence[Mention], forms: _Forms,
             union: _Union) -> list[tuple[int, int]]:
    """6. The groups (roots) to join because the text says their names are one: a person's name
    only with a person's (a nickname), never two of different kinds ("Ana Pell, formerly Green
    Union": a person and a party), never a single word that already stands for a longer name
    ("Jane Tamm (formerly Pell)" beside "Ivo Pell"), and each group with one other only, since
    the evidence holds for the whole corpus: "Varn, formerly Kestrel Air" in one article and
    "Ardo, formerly Kestrel Air" in another would make three companies one; so neither is joined."""
    if not said_one:
        return []
    kinds = _kind_votes(forms.votes, union)
    people = _read_as_people(mentions, forms, union, kinds)
    longer = {union.find(f) for f, m in enumerate(forms.first) if len(m.words) > 1}
    said: dict[tuple[int, int], bool] = {}  # each pair of groups -> whether it may join
    for s in said_one:
        a, b = (union.find(forms.of[i]) for i in (s.first, s.second))
        lent = any(len(mentions[i].words) == 1 and union.find(forms.of[i]) in longer for i in (s.first, s.second))
        if a != b:
            key = (min(a, b), max(a, b))
            said[key] = said.get(key, True) and not lent and (a in people) == (b in people) and _kinds_agree(
                kinds[a], kinds[b])
    partners = Counter(root for pair in said for root in pair)
    return sorted((a, b) for (a, b), may in said.items() if may and partners[a] == partners[b] == 1)


def _kinds_agree(a: Counter, b: Counter) -> bool:
    """Two groups' votes say one kind, or one of them says none."""
    return not any(a[k] for k in _KINDS) or not any(b[k] for k in _KINDS) or _kind(a) == _kind(b)


def _read_as_people(mentions: Sequence[Mention], forms: _Forms, union: _Union, kinds: dict[int, Counter]) -> set[int]:
    """The groups (roots) read as people: a title, a role or a speech verb says so of one of
    their mentions (not the guess plain capitalised words earn, which adds up over mentions),
    and their votes, summed (`kinds`), say a person no less than a place or an organisation."""
    said = {union.find(forms.of[i]) for i, m in enumerate(mentions)
            if m.kinds["person"] >= _PERSON_EVIDENCE and _voted_person(m)}
    return {root for root in said if kinds[root]["person"] >= max(kinds[root]["org"], kinds[root]["place"])}


def _single_word_joins(word_forms: list[int], names: list[Mention], union: _Union, kinds: dict[int, Counter],
                       index: _FullNames) -> Iterator[tuple[int, int]]:
    """The joins of one word's forms (one per article): to the full name each stands for, and
    to each other. The articles' full names may be one person's written two ways ("Brian Roe",
    "Brian A. Roe"), but not things of two kinds ("Tropical Storm Lorna" in one, "Mayor Lorna
    Vance" in another, or "said Lorna, 67," a person): then each form joins its own and only
    those that stand for none join each other, so that one word does not make a storm and a
    mayor one."""
    said = sum((kinds[r] for r in {union.find(i) for i in word_forms}), Counter())  # before it joins a name
    target = {i: index.full_name_for(names[i], said) for i in word_forms}
    people = [i for i in word_forms if kinds[union.find(i)]["person"] >= _PERSON_EVIDENCE]  # its own mentions say so
    for i in people:
        if target[i] is not None and _kind(kinds[target[i]]) == "other":
            target[i] = None  # a person is not the storm or the award named like one (a company speaks too)
    named = {_kind(kinds[r]) for r in target.values() if r is not None}
    # two people of one surname whose given names begin differently are two ("Ana Pell", "Ivo
    # Pell"); one initial may be one person's name and its short form ("Maurice" / "Mo")
    initials = {fold(index.given[r])[:1] for r in target.values() if r is not None and _kind(kinds[r]) == "person"}
    apart = len(named) > 1 or len(initials) > 1 or (any(target[i] is None for i in people) and "other" in named)
    one = [i for i in word_forms if not apart or target[i] is None]  # one name wherever written
    yield from ((i, target[i]) for i in word_forms if target[i] is not None)
    yield from ((i, one[0]) for i in one[1:])


def _same_full_name(a: Mention, b: Mention, votes: dict[tuple[str, str], Counter]) -> bool:
    """Two multi-word names that are one entity spelled two ways."""
    ka, kb = _name_keys(a), _name_keys(b)
    if not _person_like(a) or not _person_like(b):
        # Organisations and places: the same words but one spelled a little differently
        # (Center / Centre), or in one article, the leading words of the longer name.
        if len(ka) == len(kb):
            differ = [(x, y) for x, y in zip(ka, kb) if x != y]
            if any(x.isdigit() or y.isdigit() for x, y in differ):
                return False  # another number, another thing: "State Route 9", "State Route 12"
            return len(ka) >= 3 and len(differ) == 1 and _one_word_apart(*differ[0])
        (short, s), (long_, _) = sorted(((ka, a), (kb, b)), key=lambda x: len(x[0]))
        return (a.article == b.article and len(short) >= 2 and long_[: len(short)] == short
                and not _names_another(s, votes[(s.article, "".join(short))]))
    if len(ka) != len(kb):
        return False
    # People: the same surname once romanisations are folded, and given names that the
    # table or the transliteration key says are one name. Never letters apart alone. A
    # masculine and a feminine form of one surname are two people (husband and wife), but
    # beside one given name, one woman's name written as her language writes it and as another
    # leaves it (`_feminine_of`).
    given_a, given_b = given_name_key(a.words[0]) or ka[0], given_name_key(b.words[0]) or kb[0]
    if not ((given_a == given_b or _short_form(ka[0], kb[0])) and ka[1:-1] == kb[1:-1]):
        return False
    if _feminine_of(a.words[-1], b.words[-1]):
        return True
    return _same_gender(a.words[-1], b.words[-1]) and (ka[-1] == kb[-1] or _akanye(ka[-1], kb[-1])
                                                       or _polish_sz(a.words[-1], b.words[-1]))


def _polish_sz(a: str, b: str) -> bool:
    """A surname closing on a Polish sz and the same on sh (Salasz, Salash): beside one given
    name, one person. The names' key reads a closing sz as a Hungarian s (Halász, Halas)."""
    (x, y) = sorted((fold(a), fold(b)), key=lambda w: not w.endswith("sz"))
    return x.endswith("sz") and y.endswith("sh") and translit_key(x[:-2]) == translit_key(y[:-2])


def _feminine_of(a: str, b: str) -> bool:
    """One surname the other with a feminine ending (Hask, Haskova; Kostadin, Kostadinova)."""
    short, long_ = sorted((fold(a), fold(b)), key=len)
    return long_.startswith(short) and long_[len(short):] in _FEMININE_ENDINGS


def _short_form(a: str, b: str) -> bool:
    """One given name the short form of the other, its first letters: Tom / Tomas, Alex /
    Alexander, Sam / Samuel. Not one more letter, which makes another name, often the other
    sex's (Paul / Paula, Jan / Jana, Louis / Louise), nor a longer name a woman's ending makes
    (Chris / Christine, Sam / Samantha, Dan / Daniela, Jan / Janet): siblings share a surname."""
    short, long_ = sorted((a, b), key=len)
    extra = long_[len(short):]
    return (len(short) >= _SHORT_GIVEN and long_.startswith(short) and len(extra) > 1
            and not extra.endswith(_WOMANS_ENDINGS))


def _one_word_apart(a: str, b: str) -> bool:
    """One word of two organisations' names, otherwise the same, written two ways: spelled a
    little differently (Center / Centre), abbreviated (Dept), or another word of its stem."""
    return (Levenshtein.distance(a, b) <= 2 or _abbreviates(a, b) or _abbreviates(b, a)
            or _same_stem(a, b))


def _same_stem(a: str, b: str) -> bool:
    """Two words of one stem: they begin alike for _SAME_STEM letters and end apart in a few
    ("electoral" / "election", "maritime" / "marine"; not "international" / "internal")."""
    common = Prefix.similarity(a, b)
    return common >= _SAME_STEM and max(len(a), len(b)) - common <= _STEM_ENDING


def _akanye(a: str, b: str) -> bool:
    """One surname written with an o and with an a (Sokol, Sokal): Belarusian and Russian say an
    unstressed o as a, and romanisations follow either. Only beside one given name."""
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) >= 4 and len(differ) == 1 and set(differ[0]) == {"a", "o"}


def _abbreviates(short: str, long_: str) -> bool:
    """A short word made of the longer one's letters in order, from its first: Intl /
    International, Dept / Department, Univ / University."""
    if not 2 <= len(short) <= _ABBREVIATION < len(long_) or short[0] != long_[0]:
        return False
    rest = iter(long_[1:])
    return all(c in rest for c in short[1:])


def _names_another(m: Mention, votes: Counter) -> bool:
    """A person or a known place, which a longer name beginning with it is named after: "Jane
    Doe" / "the Jane Doe Bridge", "Ruritania" / "Ruritania Harbour" are two things. What the
    article's mentions of the name say counts: "entered Jane Doe" is the short form of the clinic."""
    person = votes["person"] >= max(votes["org"], votes["place"], 1) or (
        not votes and all(w[0].isupper() and w.isalpha() for w in m.words))
    return person or fold(" ".join(m.words)) in gazetteer()


def _trailing_names(mentions: list[Mention]) -> Iterable[tuple[int, int]]:
    """(shorter, longer) places or organisations, named by a generic last word (Bridge, Police,
    Guard), where the shorter name is the last words of one longer name only, in the whole
    corpus: "Mill Bridge" / "Old Town Mill Bridge", "Harbour Guard" / "UK Harbour Guard"."""
    names = _distinct_names(mentions, lambda m: fold(m.words[-1]) in ORG_WORDS | PLACE_WORDS
                            or tuple(map(fold, m.words[-2:])) in RELIEF_BODIES)
    return _shortening_one(names, lambda keys: (keys[n:] for n in range(1, len(keys) - 1)))


def _parties_unnamed(mentions: list[Mention]) -> Iterable[tuple[int, int]]:
    """(shorter, longer): a party's name without the word "party", which news drops as often as
    it writes it ("Civic Dawn" / "Civic Dawn Party"), when one longer name in the corpus shortens
    so and neither is read as a person's (beyond the guess two capitalised words earn) or a
    place's. Only "party": a council or a ministry without its word is another name ("National
    Security" is no council)."""
    names = _distinct_names(mentions, lambda m: m.kinds["person"] < _PERSON_EVIDENCE
                            and m.kinds["place"] <= m.kinds["org"])
    return _shortening_one(names, lambda keys: [keys[:-1]] if len(keys) > 2 and keys[-1] == _PARTY else [])


_PARTY = name_key("party")


def _shortened_people(mentions: list[Mention]) -> Iterable[tuple[int, int]]:
    """(shorter, longer) names of one person written with a middle name and without ("Jane Ann
    Doe" / "Jane Doe" / "Ann Doe"), when one longer name in the corpus shortens so and a title,
    a role or a speech verb says both are people (a film called "The Notorious Jane Doe" is not)."""
    names = _distinct_names(mentions, lambda m: m.kinds["person"] >= _PERSON_EVIDENCE and _voted_person(m))
    return _shortening_one(names, lambda keys: (keys[1:], (keys[0], keys[2])) if len(keys) == 3 else ())


def _distinct_names(mentions: list[Mention], keep) -> dict[tuple[str, ...], int]:
    """The first mention of each multi-word name (not an acronym) that `keep` accepts."""
    names: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(mentions):
        if len(m.words) >= 2 and not m.is_acronym and keep(m):
            names.setdefault(_name_keys(m), i)
    return names


def _shortening_one(names: dict[tuple[str, ...], int], shortenings) -> Iterable[tuple[int, int]]:
    """(shorter, longer) where a name is a shortening of exactly one longer name."""
    longer: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for keys in names:
        for short in shortenings(keys):
            longer[tuple(short)].add(keys)
    for keys, i in names.items():
        if len(longer.get(keys, ())) == 1:
            yield i, names[next(iter(longer[keys]))]


def _voted_person(m: Mention) -> bool:
    return m.kinds["person"] >= max(m.kinds["org"], m.kinds["place"], 1)


def _person_like(m: Mention) -> bool:
    return m.kinds["person"] >= max(m.kinds["org"], m.kinds["place"], 1) or (
        not m.kinds and all(w[0].isupper() and w.isalpha() for w in m.words)
    )


def _same_gender(a: str, b: str) -> bool:
    """False for a masculine and a feminine form of one surname (Tsirkhalouski, Tsirkhalouskaya)."""
    def gender(word: str) -> str:
        w = fold(word)
        if w.endswith(_FEMALE):
            return "f"
        return "m" if w.endswith(_MALE) else ""

    ga, gb = gender(a), gender(b)
    return not ga or not gb or ga == gb


def _kind_votes(votes: list[Counter], union: _Union) -> dict[int, Counter]:
    """Each group's kind votes: its forms' summed."""
    out: dict[int, Counter] = defaultdict(Counter)
    for form, said in enumerate(votes):
        out[union.find(form)].update(said)
    return out


def _kind(votes: Counter) -> str:
    """The kind most votes say, a person's first on a tie."""
    return max(_KINDS, key=lambda k: (votes[k], -_KINDS.index(k))) if votes else "other"


def _candidate_buckets(mentions: list[Mention]) -> list[list[int]]:
    """Groups of distinct multi-word names that might be one entity: the same surname (or the
    same but for an o written a), all words but one the same, or the same first word in one
    article. Each name once."""
    distinct: dict[tuple[str, ...], int] = {}
    here: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, m in enumerate(mentions):
        if len(m.words) >= 2 and not m.is_acronym:
            keys = _name_keys(m)
            distinct.setdefault(keys, i)
            here.setdefault((m.article, keys), i)
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for keys, i in distinct.items():
        buckets[("surname", keys[-1])].append(i)
        if "o" in keys[-1]:  # and spelled with an a (`_akanye`)
            buckets[("surname", keys[-1].replace("o", "a"))].append(i)
        for p in range(len(keys)):
            buckets[("all but", len(keys), p, keys[:p] + keys[p + 1:])].append(i)
    for (article, keys), i in here.items():
        buckets[("first", article, keys[0])].append(i)
    return [b for b in buckets.values() if len(b) > 1]


class _FullNames:
    """Multi-word names indexed by their first and last word, to find what one word stands for."""

    def __init__(self, names: list[Mention], order: list[int], union: _Union, kinds: dict[int, Counter]):
        """`names` read in `order`: a group's surname is that of its name mentioned last."""
        self.kinds = kinds
        self.last_here: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.first_here: dict[tuple[str, str], set[int]] = defaultdict(set)
        # first word -> (root, last word) of the names it begins
        self.begun: dict[str, set[tuple[int, str]]] = defaultdict(set)
        self.last_anywhere: dict[str, set[int]] = defaultdict(set)
        self.surname: dict[int, str] = {}
        self.given: dict[int, str] = {}  # a group's first word, of its name mentioned last
        self.length: dict[int, int] = {}  # a group's words, of its name mentioned last
        for j in order:
            other = names[j]
            if len(other.words) < 2 or other.is_acronym:
                continue
            root, keys = union.find(j), _name_keys(other)
            if ROMAN_NUMERAL.match(keys[-1]) or any(k.isdigit() for k in keys):
                continue  # "Henry" is not "Henry VIII", nor "M" the M6 or "Route" Route 66
            self.surname[root] = other.words[-1]
            self.given[root] = other.words[0]
            self.length[root] = len(other.words)
            joiners = {fold(w) for w in other.words} & _JOINERS
            person = self._is(root, "person")
            # "Port of X" has no surname X; "Jan de Groot" has, a person's name on a particle
            if not joiners or (joiners <= PARTICLES and person):
                self.last_here[(other.article, keys[-1])].add(root)
                self.last_anywhere[keys[-1]].add(root)
            if person or kinds[root]["org"] or kinds[root]["place"]:
                self.first_here[(other.article, keys[0])].add(root)
            self.begun[keys[0]].add((root, keys[-1]))

    def _is(self, root: int, kind: str) -> bool:
        votes = self.kinds[root]
        return votes[kind] >= max(votes["person"], votes["org"], votes["place"], 1)

    def full_name_for(self, m: Mention, own: Counter) -> int | None:
        """The name a single word stands for: in its article first (a surname, a first word),
        else the only person in the corpus with that surname; None when it is ambiguous. A word
        that begins names of several kinds of thing in the corpus, or a known place or its demonym,
        is a name of its own that lends itself to others ("X Harbour", "X Fire Department" are not the
        city X; "X Marine Group", "X Maritime Group" are one company X), and so is a word its own
        mentions (`own`) show as a dateline's place: "ELMWICK —" is not "the Elmwick Police Department".
        Elsewhere a word names the only person, or the only storm or award, the corpus names so in
        full ("Ana" after "Tropical Storm Ana"); places and organisations lend their names."""
        key = name_key(m.words[0])
        same_gender = {r for r in self.last_here.get((m.article, key), ()) if _same_gender(self.surname[r], m.words[0])}
        begun = self.begun.get(key, set())
        # a known place, or its demonym ("Mexican"), is the surname of a person the text says is one ("George
        # Washington"), not the last word of a name it only guesses is a person's ("Jamaat Dorvan Pakistan")
        place = fold(m.words[0]) in gazetteer() or bool(m.place)
        if place:
            same_gender = {r for r in same_gender if self._said_person(r)}
        lends = place or own[DATELINE] or (len({r for r, _ in begun}) > 1 and len({h for _, h in begun}) > 1)
        first = set() if lends else self.first_here.get((m.article, key), set())
        # a word its mentions place is the town after which an institution is named, first or last ("in
        # Torvik", "the Torvik Institute for Peace Studies", "the University Hospital Torvik"), not the short
        # name of one named by its own ("in Al-Amal", "the Al-Amal Hospital")
        if own["place"] >= max(_PLACE_EVIDENCE, own["person"] + 1, own["org"] + 1):
            first, same_gender = ({r for r in rs if not (self._is(r, "org") and self.length[r] > _OWN_NAME_WORDS)}
                                  for rs in (first, same_gender))
        for candidates in (same_gender, first):
            if len(candidates) == 1:
                return next(iter(candidates))
            if len(candidates) > 1:
                return None  # two names share the word here: leave it to the reader
        named = {r for r in self.last_anywhere.get(key, ())
                 if ((self._is(r, "person") or self._is(r, "other")) and _same_gender(self.surname[r], m.words[0])
                     and (not place or self._said_person(r))) or (not place and self._feature_named(r))}
        return next(iter(named)) if len(named) == 1 else None

    def _feature_named(self, root: int) -> bool:
        """A place named by what it is and one word, which alone names it too ("Mount Keld", "Keld")."""
        return self._is(root, "place") and self.length[root] == 2 and fold(self.given[root]) in OPENS_A_PLACE

    def _said_person(self, root: int) -> bool:
        """A group its mentions say is a person beyond the guess plain capitalised words earn."""
        return self.kinds[root]["person"] >= _PERSON_EVIDENCE and self._is(root, "person")


def _correct(groups: Sequence[Sequence[int]], mentions: Sequence[Mention], corrections: Corrections) -> Sequence[Sequence[int]]:
    """Apply the reader's merges and splits, in order."""
    for step in corrections.steps:
        where = {fold(mentions[i].text): n for n, g in enumerate(groups) for i in g}
        if step[0] == "merge" and len(step) == 3:
            a, b = where.get(fold(step[1])), where.get(fold(step[2]))
            if a is not None and b is not None and a != b:
                groups = [g for n, g in enumerate(groups) if n not in (a, b)] + [groups[a] + groups[b]]
        elif step[0] == "split" and len(step) == 2:
            spelling = fold(step[1])
            apart = [i for g in groups for i in g if fold(mentions[i].text) == spelling]
            groups = [kept for g in groups if (kept := [i for i in g if fold(mentions[i].text) != spelling])]
            groups += [apart] if apart else []
    return groups


@dataclass
class _Draft:
    name: str
    kind: str
    variants: tuple[str, ...]
    mentions: tuple[ExportedMention, ...]


def _entity(mentions: Sequence[Mention], members: Sequence[int], name: str | None) -> _Draft:
    """The entity of a group of mentions in reading order; `name`, when the group's is known."""
    ms = [mentions[i] for i in members]
    forms = Counter(m.text for m in ms)
    name = _displayed(name or _chosen_name(ms, forms))
    return _Draft(
        name=name,
        kind=_kind(summed_kinds(ms)),
        variants=tuple(sorted(forms, key=lambda f: (-forms[f], f))),
        mentions=tuple(ExportedMention(m.article, m.paragraph, m.start, m.end, m.text) for m in ms),
    )


def _chosen_name(ms: list[Mention], forms: Counter | None = None) -> str:
    """What a group of mentions is called: the most common of its fullest forms, one written
    out before an abbreviation read as a longer name ("California" before "Calif"), one ending
    in a capital before one ending small; ties go to the first seen."""
    forms = forms or Counter(m.text for m in ms)
    longest = max(len(f.split()) for f in forms)  # "I-95" is read as two words, Interstate 95
    written_out = {text for text, words in {(m.text, m.words) for m in ms} if _written_out(text, words)}
    in_mixed_case = {f.casefold() for f in forms if not f.isupper()}
    # a translation's "Supreme court" names it as "Supreme Court" does, which is how to show it
    return max((f for f in forms if len(f.split()) == longest),
               key=lambda f: (f in written_out, not _shouted(f, in_mixed_case), not f.split()[-1][:1].islower(),
                              forms[f], -_first(ms, f)))


def _shouted(form: str, in_mixed_case: set[str] = frozenset()) -> bool:
    """A name written in capitals that are not an acronym's: "OTO VARNIK", a dateline's "ELMWICK",
    and a dateline's "BEIRUT" when the corpus also writes "Beirut"."""
    return form.isupper() and (len(form.split()) > 1 or not is_acronym(form) or form.casefold() in in_mixed_case)


def _displayed(name: str) -> str:
    """A name the corpus writes only in capitals, title-cased to be read as a name ("Oto
    Varnik", "O'Neill", "Winston-Salem"); an acronym's letters ("U.S.", "NATO") are kept."""
    if not _shouted(name):
        return name
    return " ".join(w if "." in w else _LETTERS.sub(lambda m: m.group(0).capitalize(), w) for w in name.split())


_LETTERS = re.compile(r"[^\W\d_]+")  # a word's runs of letters, between hyphens and apostrophes

def _written_out(text: str, words: tuple[str, ...]) -> bool:
    """A mention's text holds every letter of the words it is read as: not "Calif" read as
    California (a middle initial's full stop is no letter: "Ravi K. Menon")."""
    return len(text.replace(".", "")) >= len(" ".join(words).replace(".", ""))


def _first(ms: list[Mention], form: str) -> int:
    return next(n for n, m in enumerate(ms) if m.text == form)
