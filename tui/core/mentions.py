"""Proper-name mentions in the story's paragraphs, with a guess at their kind from context.

A mention is a run of capitalised words (with name particles such as al-, bin, de, van,
von inside), an acronym (EU, U.S.) or an all-caps dateline (OSLO). Titles (President,
Dr.) are not part of the name; a possessive 's is not either. A capitalised word that only
ever opens a sentence or a title-case headline is not a name unless the corpus uses it as
one elsewhere. Boilerplate is skipped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple

from tui.core.model import Article
from tui.core.measures import is_unit
from tui.core.text import (BE, BULLET_MARKS, DATELINE_AT_START, HAVE, MONTH_ABBREVIATIONS, MONTHS, OLDEST,
                           PARLIAMENTARIANS, PREPOSITIONS, RELATIVES, SETTLEMENTS, STOPWORDS, TITLE_QUALIFIERS,
                           TITLE_SPECIFIERS, TITLES, US_STATE_ABBREVIATIONS, WEEKDAYS, fold, given_name_key, holds_title,
                           is_common_word, is_english_word, is_listed_given_name, is_title, live_entry, name_key,
                           number_value, past_tense, strip_possessive, tokens)

PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du",
              "la", "le", "dos", "das", "ter", "ten", "st."}
# Abbreviated months too, but not those that are also given names (Jan, Jun) or words (Mar).
_MONTHS_AND_DAYS = MONTHS | WEEKDAYS | (MONTH_ABBREVIATIONS - {"jan", "jun", "mar"})
# After a time of day ("4:15 p.m. EDT", "11 PM ET"), these are time zones, not names (elsewhere
# "Mt Etna" and "PT Freeport" are).
_TIME_ZONES = {"gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet",
               "cest", "am", "pm"}
# "I'm", "We've", "Don't": a pronoun or an auxiliary contracted, not a name (Sa'd is one).
_CONTRACTION = re.compile(r"^(?:i|you|we|they|he|she|it|that|there|who|what)['’](?:m|ve|ll|re|d|s)$|n['’]t$", re.I)
# Bodies the news names often, by names none of whose words says they are bodies ("the Pakistani
# Taliban said …", "Al Jazeera reported …"): organisations whatever their mentions are said to do.
_NEWS_BODIES = frozenset({"jazeera", "taliban", "hamas", "hezbollah", "qaeda", "shabaab", "houthis"})
ORG_WORDS = set(
    """union house service agency party ministry airline airlines airways council committee court bank
    university academy institute corporation corp inc ltd llc company group association organization organisation
    department office commission parliament army navy police forces foundation center centre network news
    times post radio television tv press federation league club church senate congress embassy fund
    programme program alliance coalition front movement bureau authority board agency's media channel
    journal magazine gazette tribune herald daily reuters school college hospital clinic treatment conference division
    records studios pictures entertainment team fc guard force staff wire newswire guild weekly
    holdings energy motors systems technologies pharmaceuticals industries enterprises logistics shipping telecom
    petroleum insurance investments ventures laboratories flotilla brigade battalion regiment assembly
    directorate inspectorate secretariat commissariat trust survey nations administration command railways jsc
    zeitung intelligence""".split()
) | _NEWS_BODIES
PLACE_WORDS = set(
    """street avenue road rue boulevard lane plaza square river lake mountain mountains island islands province region county
    district city state republic kingdom valley bay sea ocean coast border zone gulf peninsula
    unit prison jail penitentiary facility hotel airport station stadium arena park bridge hall tower
    building camp base palace cathedral port harbor harbour highway beltway canal strait pier terminal theater theatre
    tunnel dam casino restaurant grill tavern pub cafe café mall market mosque synagogue temple
    trail oblast governorate municipality village town neighbourhood neighborhood alps riviera desert canyon glacier
    plateau""".split()
)
# Words that open a place's name before the name proper, as no person's name opens: "Hotel
# Belvedere", "Camp Roza", "Lake Orm", "Mount Keld", "Fort Anvil".
OPENS_A_PLACE = {"hotel", "camp", "lake", "mount", "fort", "cape", "isle", "prison", "airport", "stadium", "palace",
                  "cathedral", "casino", "mosque", "village"}
_OPERATION = "operation"  # what opens an operation's code name, neither a person's nor a body's
# Names of things that are neither people, places nor organisations.
OTHER_WORDS = set("""prize award awards cup games olympics championship festival act treaty accord war summit
    agreement time""".split())
# Words before a storm's given name, which would otherwise read as a person's: "Hurricane Ana",
# "Tropical Storm Ana", "Super Typhoon Ana".
STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm", "superstorm"}
# Awards known by a name of their own, not by a word such as "Prize" or "Award": "an Emmy", "the
# Oscars", "a Primetime Emmy", "a Golden Globe". "Oscar" and "Tony" alone are given names too, and
# "Globe" alone a newspaper's, so only these forms (a name's last word or two) are read as awards.
AWARD_NAMES = {"emmy", "emmys", "grammy", "grammys", "oscars", "golden globe", "golden globes", "bafta", "baftas"}
# Roads named by a number after the word for a road: "Interstate 95", "Route 66", "Highway 401",
# "State Route 9", "U.S. Highway 1"; the number is part of the name, which names a place.
ROAD_WORDS = {"interstate", "route", "highway", "freeway", "expressway", "motorway", "turnpike"}
# The titles of offices a field word names: "Home Secretary", "Health Minister", "Trade Commissioner".
_OFFICES = frozenset("minister secretary commissioner spokesman spokeswoman spokesperson chief director".split())
# Words after a body's name that make it the subject ("the 1922 Committee will meet"), not a
# noun the words before qualify ("the 2022 Court ruling").
_VERBS_AFTER_A_BODY = BE | HAVE | {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "says",
                                   "said", "met", "meets", "voted", "votes"}
# Places known by a number after a word, as roads are: "Number 10", "Gate 4", "Terminal 2".
NUMBERED_PLACE_WORDS = ROAD_WORDS | {"number", "gate", "platform", "terminal", "pier", "berth"}
# A road's code, a capital and a number ("M25", "A1", "I-95"), is as often a sauce, a grade, a jet or a
# form: a road only where the text says so, by one of these words after it ("the M25 motorway", "I-95
# northbound"), or for an interstate's "I-" by a preposition of travel before it ("a crash on I-95"),
# or where the corpus writes the code so once. "I-95" is read as "Interstate 95".
_ROAD_AFTER = {"motorway", "road", "highway", "freeway", "expressway", "carriageway", "northbound", "southbound",
               "eastbound", "westbound", "interchange", "junction"}
_TRAVEL = {"on", "onto", "along", "off", "via"}
_AGE_AFTER = re.compile(r",\s*([0-9]{1,3}),")  # an age set off by commas after a name
_ROAD_NUMBER_DIGITS = 4
# Before a unit or these, a road word's number counts something, not the road: "the Coastal
# Highway 3 miles south", "on the Coastal Highway 12 people were hurt".
_COUNTED_AFTER_A_ROAD = {"people", "persons"}
# A name's number, after the word that says what it names: "World War II", "Henry VIII", "Apollo 11".
ROMAN_NUMERAL = re.compile(r"^[ivxlc]+$")


def numbered(words: Sequence[str]) -> bool:
    """The folded words of a name end in its number."""
    return len(words) > 1 and (ROMAN_NUMERAL.match(words[-1]) is not None or words[-1].isdigit())
# Lower-case words before a name that say it is a person.
PERSON_ROLES = set(
    """journalist reporter activist leader envoy lawyer philosopher politician campaigner advisor adviser
    spokesman spokeswoman official dissident writer author singer actress actor rapper player coach star
    minister president senator governor mayor chief director chairman ceo founder wife husband son
    daughter mother father brother sister friend colleague prisoner detainee opponent critic candidate
    banker businessman businesswoman general commander officer judge prosecutor attorney musician
    artist model comedian host producer diplomat ambassador economist analyst scientist professor
    student teacher doctor victim suspect defendant colonel captain""".split()
)
# Bodies named by a word that is no organisation's elsewhere ("Jane Cross", "Maple Crescent").
RELIEF_BODIES = {("red", "cross"), ("red", "crescent")}
ORG_ROLES = set("""group organisation organization company firm agency airline carrier party network outlet
    newspaper broadcaster website portal""".split())
_MEMBERS = frozenset(f"{PARLIAMENTARIANS} members".split())  # written after their party's name
# A translation's words for an office that are no title: "the head of …", "the coordinator of …".
OFFICE_NOUNS = frozenset({"head", "coordinator", "representative"})
# Capitalised words that give a rank or a role, not a name: "Coach", "Brig.", "PC" and "DCI" (police
# ranks), and the letters after a name ("Jane Roe MP", "John Doe KC"), which are no part of it.
_ROLE_WORDS = {"coach", "manager", "boss", "agent", "brig", "cpl", "pvt", "supt", "det", "insp", "lt", "sgt", "cmdr", "adm",
               "capt", "maj", "col", "gen", "gov", "sen", "rep", "pc", "dci", "dsi", "mp", "mep", "msp", "kc", "qc", "obe", "mbe",
               "cbe", "majesty", "highness", "excellency", "holiness"}  # and a sovereign's style: "His Majesty"
# Generational suffixes: part of the name before them ("John Doe Jr."), never a name alone
# ("John Doe, Jr. said"); the entities leave them out of a name's key.
GENERATIONAL_SUFFIXES = {"jr", "sr"}
# The first word of a two-word rank ("Rear Admiral", "Staff Sergeant"), which a name run must not end with.
_RANK_MODIFIERS = {"rear", "vice", "deputy", "assistant", "lieutenant", "major", "brigadier", "staff", "district",
                   "first", "chief", "senior", "master", "lance", "second", "majority", "minority"}
_RANKS = TITLES | _ROLE_WORDS  # the second word of a two-word rank: "Admiral", "Sgt."
_ROLES = TITLES | PERSON_ROLES | ORG_ROLES | _ROLE_WORDS  # words that say what someone is, never a name
_QUALIFIERS = TITLE_SPECIFIERS | TITLE_QUALIFIERS  # words that qualify a title ("senior", "former"), opening no name
# "Singapore-based", "Kremlin-appointed": a name glued to a lower-case word is an adjective; the
# name before the hyphen is a mention of its own and does not run into the next name.
_HYPHEN_ADJECTIVE = re.compile(r"^(.+?)[-‐][a-z][a-z-]*$")
_WORD_PREFIXES = {"co", "ex", "anti", "pro", "non", "pre", "post", "vice", "self", "semi", "counter", "sub", "re"}
_ORG_OR_PLACE = ORG_WORDS | PLACE_WORDS
_WHAT_IT_IS = _ORG_OR_PLACE | OTHER_WORDS  # a name ending so says what it names
# Things built and named after people, in lower case.
_STRUCTURES = {"bridge", "airport", "station", "stadium", "tower", "hospital", "school", "tunnel", "dam",
               "highway", "library", "museum", "memorial", "center", "centre", "building", "park"}
# "Ardell, a freighter, …", "Ode, the ministry's spokesman, …": what opens a sentence and is
# then described is a name.
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+[a-z]")
# A dateline's place ("ELMWICK —") is a place the story is told from, whatever else is named
# after it: kept beside the kind votes, since a preposition's place vote is as often an
# institution's ("checked into X").
DATELINE = "dateline"
# What follows a dateline's place: "OSLO:", "OSLO, Norway", "OSLO —", "OSLO (Agency) —".
_DATELINE_END = re.compile(r"[:,]|\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s")
_KICKER = re.compile(r"((?:[A-Z0-9][\w'’-]*\s){1,5}[A-Z0-9][\w'’-]*):\s+")
# The offices a country keeps under its own name: "the Norway Embassy", "the Chile Ministry of Health".
_INSTITUTIONS = {"embassy", "consulate", "ministry"}
_PLACE_PREPOSITIONS = {"in", "at", "into", "to", "from", "near", "across", "outside", "inside", "toward", "towards", "via"}
_SPEECH = {"said", "says", "told", "added", "wrote", "argued", "noted", "stated", "asked", "insisted"}
_ACTED_ON = _SPEECH | RELATIVES  # lower-case words after a name that say it acts, not that it is a noun's
_BODY_WORDS = 2  # the most words of a name "the" before it says is a body's
_LINKS = ("of", "for")  # "Ministry of X", "Institute for Y": what an institution is of or for
_PLACE_LINKS = PARTICLES | {"of"}  # after a place word that opens a name: "Rue de X", "Port of X"
_PARTY_TAG = re.compile(r"[DRI]-[A-Z]")  # a party and a state: "R-Alaska", "D-N.Y."
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}s?$")
_PREFIXED = re.compile(r"^(?:al|el|ad|ash|as|at|az|ibn|bin|abu|d|l)[-‐'’][A-Z]")  # al-Assad, d'Estaing


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Folded names of places known without context."""
    lines = (Path(__file__).resolve().parent / "data" / "places.txt").read_text(encoding="utf-8").splitlines()
    names = {fold(line.strip()) for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(names | {"us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "uae"})


class NameSpan(NamedTuple):
    """Where a name stands (in a paragraph or a sentence), and the key it is compared by."""

    start: int
    end: int
    key: str


@dataclass
class Mention:
    """A name as it stands in one paragraph, and what its context says about its kind."""

    article: str
    paragraph: int
    start: int
    end: int
    words: tuple[str, ...]  # the name's words (particles aside), possessives stripped
    text: str  # exactly as it stands in the paragraph
    kinds: Counter = field(default_factory=Counter)
    place: str = ""  # for a demonym ("Norwegian"), the folded place it is the adjective of

    @property
    def is_acronym(self) -> bool:
        return len(self.words) == 1 and is_acronym(self.words[0])


def is_acronym(word: str) -> bool:
    """Initials ("U.S.") or a word of two to six capitals, perhaps with a plural "s" ("NATO", "MPs")."""
    return _ACRONYM.match(word) is not None


def find_mentions(articles: Sequence[Article]) -> list[Mention]:
    """Every name in the story's paragraphs, and every demonym of a place (`Mention.place`):
    not a name of its own, but a word alignment reads as its place's. Names never span
    sentences, and news repeats sentences word for word (wire copy), so each distinct
    sentence is read once."""
    story = [(a.id, p) for a in articles for p in a.paragraphs if p.kind != "boilerplate"]
    known = _names_used_inside_sentences(story)
    places = gazetteer()
    read: dict[tuple[str, bool], list[Mention]] = {}
    in_paragraph: dict[tuple[str, bool], list[tuple[int, Mention]]] = {}  # wire copy repeats whole paragraphs too
    out: list[Mention] = []
    in_headlines: list[bool] = []  # each mention's: in a title or a heading
    for article_id, p in story:
        heading = p.kind in ("title", "heading")
        found = in_paragraph.get((p.text, heading))
        if found is None:
            found = in_paragraph[(p.text, heading)] = _paragraph_names(p, heading, read, known, places)
        # the kind votes are read-only from here on: copies of a sentence share them
        out += [Mention(article_id, p.index, m.start + at, m.end + at, m.words, m.text, m.kinds) for at, m in found]
        in_headlines += [heading] * len(found)
    out = _with_opening_surnames(_named_as_in_the_body(out, in_headlines, places), story, known, places)
    out = _ended_in_small_letters(out, story)
    votes = _votes_by_name(out)
    lands = _lands_of_a_people(out, votes)  # voted a person, as it speaks ("Valdoria says…"), yet it has a people
    demonyms = _demonyms(out, places | lands, votes)
    apart = _countries_apart(_unglued(out, story), _places_named(votes, places))
    return [_as_placed(m, demonyms, lands) for m in apart]


# Up to this many words after a name, written small, may be the rest of it ("the Constitutional court").
_SMALL_END = re.compile(r"(?: [a-z][\w'’-]*){1,3}")


def _ended_in_small_letters(mentions: list[Mention], story) -> list[Mention]:
    """A name whose last words are written small where the corpus writes it whole in capitals
    elsewhere (a translation's "the Constitutional court", "the Korwansk state university",
    "Selk pass"): the mention takes those words, so it meets the name it is, not an adjective
    or a place of its own. Not words the corpus never capitalises after it ("Constitutional
    reform"), nor one word after a name the corpus writes alone too: "the Harwick bridge" is
    Harwick's bridge, told, as English tells it, by a word after the town's name."""
    keyed = {words: _keyed_name(words) for words in {m.words for m in mentions}}  # a story repeats its names
    texts = {(article_id, p.index): p.text for article_id, p in story}
    whole = {keyed[m.words] for m in mentions if len(m.words) >= 2}
    begins = {name[:n] for name in whole for n in range(1, len(name))}  # what a shorter mention may continue
    ends = [_small_end(m, texts[(m.article, m.paragraph)], whole) if keyed[m.words] in begins else ((), m.end)
            for m in mentions]
    alone = {keyed[m.words] for m, (end, _) in zip(mentions, ends) if not end}
    out = []
    for m, (end, stop) in zip(mentions, ends):
        if len(end) >= 2 or (end and keyed[m.words] not in alone):
            m = replace(m, end=stop, words=m.words + end, text=texts[(m.article, m.paragraph)][m.start:stop])
        out.append(m)
    return out


def _small_end(m: Mention, text: str, whole: set[tuple[str, ...]]) -> tuple[tuple[str, ...], int]:
    """The words written small after the mention that end a name the corpus writes whole, if any, and
    where they end; not a settlement's word before "of", which names another place ("the Varna city
    of Orla"; not "the Constitutional court of Drewania"), nor words before a title, which open it
    ("the White House press secretary" is the White House's, whatever "White House Press Secretary
    Ana Roe" was read as)."""
    small = _SMALL_END.match(text, m.end)
    words = tuple(small.group().split()) if small else ()
    end = next((words[:k] for k in range(len(words), 0, -1) if _keyed_name(m.words + words[:k]) in whole), ())
    if not end:
        return (), m.end
    stop = m.end + len(" " + " ".join(end))
    after = _next_word(text, stop)
    return ((), m.end) if (end[-1] in SETTLEMENTS and after == "of") or is_title(fold(after)) else (end, stop)


def _next_word(text: str, at: int) -> str:
    """The word right after offset `at`, past one space; "" when none follows so."""
    found = _WORD_AFTER.match(text, at)
    return found.group(1) if found else ""


_WORD_AFTER = re.compile(r" ([\w'’-]+)")


def _as_placed(m: Mention, demonyms: dict[str, str], lands: set[str]) -> Mention:
    """A demonym with the place it is the adjective of; a land's name outvoting the person its
    mentions took it for."""
    key = _folded_name(m.words)
    if key in demonyms:
        return replace(m, place=demonyms[key])
    return replace(m, kinds=m.kinds + Counter(place=m.kinds["person"] + 1)) if key in lands else m


def _with_opening_surnames(mentions: list[Mention], story, known, places) -> list[Mention]:
    """The mentions, and in reading order with them each surname of a person the corpus names
    in full that opens a sentence alone ("Okafor said…" after "AMARA OKAFOR", whose surname no
    sentence writes in mixed case), unless English uses the word every day ("Young", "May")."""
    # a surname the corpus writes mid-sentence in mixed case is read where it opens one already
    spelled = {m.words[-1] for m in mentions
               if len(m.words) >= 2 and _voted_person(m.kinds) and fold(m.words[-1]) not in known}
    if not spelled:
        return mentions
    surnames = {fold(w) for w in spelled}
    taken = {(m.article, m.paragraph, m.start) for m in mentions}
    # a paragraph that holds none of the surnames anywhere, as written or folded, is passed at once
    anywhere = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(spelled | surnames)))})\b", re.I)
    found = [m for article_id, p in story if anywhere.search(p.text)
             for m in _opening_surnames(article_id, p, surnames, known, places)
             if (m.article, m.paragraph, m.start) not in taken]
    if not found:
        return mentions
    order = {(article_id, p.index): n for n, (article_id, p) in enumerate(story)}
    return sorted(mentions + found, key=lambda m: (order[(m.article, m.paragraph)], m.start))


def _opening_surnames(article_id: str, p, surnames: set[str], known, places):
    """The paragraph's sentence-opening words that are one of the surnames, standing alone."""
    colons = ":" in p.text
    for start, end, _ in _pieces(p, False):
        # Words open a sentence at its start (after a quote or bracket) and after a colon: a
        # sentence with no colon whose first word is no surname is passed at once.
        first = _FIRST_WORD.match(p.text, start, end)
        if not (colons and ":" in p.text[start:end]) \
                and not (first and fold(strip_possessive(first.group(1))) in surnames):
            continue
        text = p.text[start:end]
        toks = tokens(text)
        named = [i for i, tok in enumerate(toks) if fold(strip_possessive(tok.text)) in surnames]
        starts = _openings(text, toks) if named else set()
        for i in named:
            tok, word = toks[i], strip_possessive(toks[i].text)
            if ((tok.start in starts or _after_opening(text, tok.start, starts))
                    and _no_opening_word(word, known) and not is_common_word(word)
                    and not (i + 1 < len(toks) and _adjacent(text, tok, toks[i + 1]) and toks[i + 1].text[0].isupper())):
                mention = Mention(article_id, p.index, start + tok.start, start + tok.start + len(word), (word,), word)
                _vote_kind(mention, toks, i, i, text, places)
                yield mention


_FIRST_WORD = re.compile(r"[“\"‘'(\[]?([^\W\d_]+(?:['’-][^\W\d_]+)*)")


@lru_cache(maxsize=1 << 14)
def _folded_name(words: tuple[str, ...]) -> str:
    """A name's words folded, read once per name: a story names a few thousand things in tens
    of thousands of mentions."""
    return " ".join(fold(w) for w in words)


def _paragraph_names(p, heading: bool, read: dict[tuple[str, bool], list[Mention]], known,
                     places) -> list[tuple[int, Mention]]:
    """The names of one paragraph, each with the offset of its sentence in the paragraph (its
    own offsets are in the sentence); `read` keeps each sentence's."""
    whole = heading or _is_title_case(p.text) or _is_shouting(p.text)
    out = []
    for start, end, headline in _pieces(p, whole):
        text = p.text[start:end]
        found = read.get((text, headline))
        if found is None:
            found = read[(text, headline)] = _names_of(text, headline, known, places)
        out += [(start, m) for m in found]
    return out


def _named_as_in_the_body(mentions: list[Mention], in_headlines: list[bool], places) -> list[Mention]:
    """The mentions, less a title's or a heading's made of everyday words that the body never
    reads in a name: a headline in title case capitalises every word ("Rangers Add Poacher To
    '10 Most Wanted' List"), and the body's capitals may be a title's ("the Most Wanted list"),
    not a name's. One word that is not everyday ("Jane Hollis") keeps a name, and so does a
    known place. (A body sentence in title case, such as a list of names, is left alone: its
    capitals are more often names.)"""
    in_body = {fold(w) for m, headline in zip(mentions, in_headlines) if not headline for w in m.words}
    return [m for m, headline in zip(mentions, in_headlines) if not headline or not all(
        is_common_word(w) and fold(w) not in places for w in m.words)
        or all(fold(w) in in_body for w in m.words)]


def _countries_apart(mentions: list[Mention], known: set[str]) -> list[Mention]:
    """A country's embassy, consulate or ministry ("the Norway Embassy", "the Embassy of Norway",
    "the Chile Ministry of Health") names the country: its words are a mention of the country,
    and the rest a name of its own unless it is the generic word alone ("Embassy"), which names
    nothing by itself. Only a known place or one the corpus votes a place is split off:
    "Harwick Embassy Suites" stays whole."""
    cuts: dict[tuple[str, ...], tuple[tuple[int, int], ...] | None] = {}  # each name's words read once
    out = []
    for m in mentions:
        if m.words not in cuts:
            cuts[m.words] = _country_cut(m.words, known)
        cut = cuts[m.words]
        if cut is None or not _single_spaced(m):
            out.append(m)
            continue
        out += [_part(m, first, last, Counter(place=3) if n == 0 else m.kinds) for n, (first, last) in enumerate(cut)]
    return out


def _country_cut(words: tuple[str, ...], known: set[str]) -> tuple[tuple[int, int], ...] | None:
    """The word ranges a name is cut into, the country's first; () for the generic word alone;
    None for a name that stands whole."""
    folded = [fold(w) for w in words]
    if len(folded) == 1 and folded[0] in _INSTITUTIONS:
        return ()
    country = _country_words(folded, known)
    if country is None:
        return None
    first, last = country
    rest = (last, len(folded)) if first == 0 else (0, first)
    return (country, rest) if rest[1] - rest[0] > 1 and folded[rest[1] - 1] != "of" else (country,)


def _country_words(folded: list[str], known: set[str]) -> tuple[int, int] | None:
    """The word range of a known place before an institution word, or after "Embassy of"."""
    if len(folded) > 2 and folded[0] in _INSTITUTIONS and folded[1] == "of" and " ".join(folded[2:]) in known:
        return 2, len(folded)
    k = next((k for k in range(1, len(folded)) if folded[k] in _INSTITUTIONS), None)
    return (0, k) if k is not None and " ".join(folded[:k]) in known else None


def _single_spaced(m: Mention) -> bool:
    """The mention's words stand one space apart, as the offsets of its parts are counted (a
    middle initial's full stop does not: "Ravi K. Menon")."""
    return m.text == " ".join(m.words)


def _part(m: Mention, first: int, last: int, kinds: Counter) -> Mention:
    """The mention of words first..last-1 of a name (written with single spaces, as runs are)."""
    start = m.start + len(" ".join(m.words[:first])) + (first > 0)
    end = start + len(" ".join(m.words[first:last]))
    return Mention(m.article, m.paragraph, start, end, m.words[first:last], m.text[start - m.start:end - m.start], kinds)


def _votes_by_name(mentions: list[Mention]) -> dict[str, Counter]:
    """Each name's kind votes, summed over its mentions (folded, however it is written)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for text, said in kinds_by(mentions, [m.text for m in mentions]).items():
        votes[fold(text)].update(said)
    return votes


def _places_named(votes: dict[str, Counter], places: frozenset[str]) -> set[str]:
    """Known places, and the names the corpus's mentions vote a place most."""
    return set(places) | {name for name, v in votes.items() if v["place"] > max(v["person"], v["org"])}


def summed_kinds(mentions: Sequence[Mention]) -> Counter:
    """The kind votes of the mentions summed."""
    return kinds_by(mentions, [None] * len(mentions)).get(None, Counter())


def kinds_by(mentions: Sequence[Mention], groups: Sequence[Hashable]) -> dict[Hashable, Counter]:
    """The kind votes of the mentions summed per group (`groups[i]` is the i-th mention's).
    Copies of one sentence share one counter, so each counter is added once per group, times
    the mentions there that hold it."""
    kinds = [m.kinds for m in mentions]
    counters = {id(k): k for k in kinds}
    held = Counter(zip(groups, map(id, kinds)))  # (group, a counter's id) -> the mentions there holding it
    totals: dict[Hashable, dict[str, int]] = {}
    for (group, counter), n in held.items():
        total = totals.setdefault(group, {})
        for kind, votes in counters[counter].items():
            total[kind] = total.get(kind, 0) + votes * n
    return {group: Counter(total) for group, total in totals.items()}


def _unglued(mentions: list[Mention], story) -> list[Mention]:
    """Two names read as one are two mentions: written side by side ("the President of
    Ruritania Ivo Tamm"), when the corpus writes both alone, a name, then a person's full name;
    or joined by "and" ("the Ministry of Health and Red Lantern workers"), when the corpus writes
    the second alone ("Red Lantern said…"), unlike "Industry" in "Ministry of Trade and Industry";
    or an institution and the place it is of (`_of_point`)."""
    alone = {_keyed_name(m.words) for m in mentions}
    texts = {(article_id, p.index): p.text for article_id, p in story}
    # after an "and" of its own, a name may be the end of one written apart ("Health and Human
    # Services Secretary Ana Vel"): no sign that it stands alone
    uncoordinated = {_folded_name(m.words) for m in mentions
                     if not texts[(m.article, m.paragraph)].endswith(" and ", 0, m.start)}
    places_of: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)  # an institution -> what it is "of"
    articles_of: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a name -> the articles writing it
    for m in mentions:
        articles_of[_keyed_name(m.words)].add(m.article)
        if (k := _of_point(m.words, alone)) is not None:
            places_of[_keyed_name(m.words[:k])].add(_keyed_name(m.words[k + 1:]))
    written = _AloneNames.read(mentions, articles_of)
    out = []
    for m in mentions:
        titled = _titled_by_of(m, texts, articles_of) if len(m.words) > 1 else ""
        after_of = bool(titled)
        if (len(m.words) < 3 and not after_of) or not _single_spaced(m):
            out.append(m)
        elif (k := _glue_point(m.words, alone, after_of, written, titled == _OF_THE)) is not None:
            # the place a preposition before the run says is the first name's: "in Examplia Jane Doe"
            placed = Counter(place=1) if texts[(m.article, m.paragraph)].endswith(" in ", 0, m.start) else Counter()
            # a body's word before the person made the run a body's: "the Assembly Jan Dow"
            kinds = Counter() if fold(m.words[k - 1]) in ORG_WORDS else m.kinds - placed
            out += [_part(m, 0, k, placed), _part(m, k, len(m.words), kinds or _plain_name(m.words[k:]))]
        elif (k := _of_point(m.words, alone)) is not None and len(places_of[_keyed_name(m.words[:k])]) == 1:
            out += [_part(m, 0, k, m.kinds), _part(m, k + 1, len(m.words), Counter())]
        elif (k := _and_point(m.words, uncoordinated)) is not None:
            out += [_part(m, 0, k, m.kinds), _part(m, k + 1, len(m.words), Counter())]
        else:
            out.append(m)
    return out


def _and_point(words: tuple[str, ...], alone: set[str]) -> int | None:
    """The last "and" of a name, when the words after it are a name of several words the corpus
    writes alone. One word alone may be a field before a title ("Industry Minister Ivo Tamm"),
    which says nothing of "Ministry of Trade and Industry"."""
    k = next((k for k in range(len(words) - 3, 0, -1) if words[k] == "and"), None)
    return k if k is not None and _folded_name(words[k + 1:]) in alone else None


class _AloneNames(NamedTuple):
    """What the corpus writes alone, as `_glue_point` reads it."""

    widely: set[tuple[str, ...]]  # names two articles or more write
    people: set[tuple[str, ...]]  # single words its mentions say are people ("Sarah said")
    person_keys: set[tuple[str, ...]]  # full names by `_person_key`: "Oleksij Draganow" is "Aleksei Draganov"
    surnames: dict[tuple[str, ...], set[tuple[str, ...]]]  # a person's surname -> the names before it

    @classmethod
    def read(cls, mentions: list[Mention], articles_of: dict[tuple[str, ...], set[str]]) -> _AloneNames:
        people: set[tuple[str, ...]] = set()
        person_keys: set[tuple[str, ...]] = set()
        surnames: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for m in mentions:
            if len(m.words) == 1:
                if _voted_person(m.kinds):
                    people.add(_keyed_name(m.words))
                continue
            person_keys.add(_person_key(m.words))
            if _voted_person(m.kinds):
                surnames[_keyed_name(m.words[-1:])].add(_keyed_name(m.words[:-1]))
        return cls({name for name, articles in articles_of.items() if len(articles) > 1}, people, person_keys, surnames)


def _titled_by_of(m: Mention, texts: dict[tuple[str, int], str], articles_of: dict[tuple[str, ...], set[str]]) -> str:
    """What a run of words that no other article writes stands after, if it is a translation's
    title: "of the" ("the chairman of the Assembly Jan Dow"), "of" ("the minister of Finances Jan
    Dow"), or "in" after a title's "of" ("the coordinator of UNO in Examplia Jane Doe"); "" for a
    name ("the critics of Anna Maria Doe") and any other run."""
    if articles_of[_keyed_name(m.words)] != {m.article}:
        return ""
    text = texts[(m.article, m.paragraph)]
    before = next((w for w in (_OF_THE, " of ") if text.endswith(w, 0, m.start)), "")
    if not before and text.endswith(" in ", 0, m.start) and _OFFICE_IN.search(
            text, max(0, m.start - _OFFICE_REACH), m.start):
        before = " in "
    return before


_OF_THE = " of the "


# A title's "of" a body "in" a place, before a run: "the coordinator of UNO in Examplia Jane Doe"
# (not "won in Kestria Grand Prix qualifying").
_OFFICE_IN = re.compile(r"\b(?:" + "|".join(sorted(TITLES | OFFICE_NOUNS))
                        + r")\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*\s+in $", re.I)
_OFFICE_REACH = 80  # how many characters before a run its office is read in


def _glue_point(words: tuple[str, ...], alone: set[tuple[str, ...]], after_of: bool, names: _AloneNames,
                after_the: bool = False) -> int | None:
    """Where a run of words splits into a name and a person's full name both written alone, in
    any spelling ("Examplia Jane Doe" beside "Examplia" and "Jane Dow"). After a title's "of"
    (`_titled_by_of`), the name before the person's need not be written alone, if it does not
    end on a given name; and a name two articles or more write alone, no person's, may be
    followed there by another written alone, or by the surname of a person named in full with
    other words before it ("the capital of Examplia Varn", "the prime minister of Examplia Dow"
    beside "Jan Dow"; not "the courage of Sarah Roe" beside "Sarah was unhurt"), or by a name of
    several words ("the coordinator of UNO in Examplia Jane Doe"), as may a body's word or, after
    "of the", any one word before a known given name and a surname ("the chairman of the
    Assembly Jan Dow", "the director of the Directorate Ksenia Dow"; not "the Varn Heritage
    Trust")."""
    for k in range(1, len(words) - (0 if after_of else 1)):
        left, right = _keyed_name(words[:k]), words[k:]
        if any(fold(w) in _WHAT_IT_IS for w in right):
            continue
        keyed = _keyed_name(right)
        if len(right) == 1 and left in names.widely and left not in names.people and (
                bool(names.surnames.get(keyed, set()) - {left})
                or (keyed in alone and given_name_key(words[k - 1]) is None)):
            return k
        if len(right) > 1 and (left in alone or (after_of and given_name_key(words[k - 1]) is None)) and (
                keyed in alone or _person_key(right) in names.person_keys
                or (after_of and _titled_before_person(words, k, names, after_the))):
            return k
    return None


def _titled_before_person(words: tuple[str, ...], k: int, names: _AloneNames, after_the: bool) -> bool:
    """After a title's "of", whether the words before word `k` name what the person after is of:
    a name two articles or more write alone, no person's, or one ending on a body's word, or
    after "of the" any one word before a known given name and a surname; the person is two or
    three capitalised words, none a body's."""
    left, right = _keyed_name(words[:k]), words[k:]
    body = ((left in names.widely and left not in names.people) or fold(words[k - 1]) in ORG_WORDS
            or (after_the and k == 1 and len(right) == 2 and given_name_key(right[0]) is not None))
    return body and len(right) <= 3 and all(w[:1].isupper() and fold(w) not in ORG_WORDS for w in right)


@lru_cache(maxsize=1 << 14)
def _person_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name's key with its given name's romanisations as one: "Oleksij Draganow" is
    "Aleksei Draganov"."""
    return (given_name_key(words[0]) or name_key(words[0]), *(name_key(w) for w in words[1:]))


def _of_point(words: tuple[str, ...], alone: set[tuple[str, ...]]) -> int | None:
    """The "of" between an institution's name and the place it is of, both written alone: "the
    Central Electoral Commission of Examplia" names the commission and the land, as "the
    Commission" and "Examplia" do elsewhere; not "the Bank of Examplia", whose "Bank" is no name
    alone, nor two institutions of one name, each of its land ("the Supreme Court of Dorvia", "the
    Supreme Court of Varn": `_unglued` asks that one land only follow it)."""
    for k in range(2, len(words) - 1):
        if (words[k] == "of" and fold(words[k - 1]) in ORG_WORDS and _keyed_name(words[:k]) in alone
                and _keyed_name(words[k + 1:]) in alone):
            return k
    return None


@lru_cache(maxsize=1 << 14)
def _keyed_name(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words by the key its spellings meet on (`text.name_key`); a story writes a few
    thousand names in tens of thousands of mentions."""
    return tuple(name_key(w) for w in words)


def _pieces(p, headline: bool):
    """(start, end, read as a headline) for each sentence; a Title-Case label opening the
    paragraph ("Harbour Strike Latest: the union …") is a headline of its own."""
    for n, sentence in enumerate(p.sentences):
        kicker = _KICKER.match(p.text, sentence.start, sentence.end) if n == 0 and not headline else None
        if kicker:
            yield sentence.start, kicker.end(1), True
            yield kicker.end(), sentence.end, headline
        else:
            yield sentence.start, sentence.end, headline


def _voted_person(votes: Counter) -> bool:
    return votes["person"] > max(votes["place"], votes["org"], votes["other"])


# Demonyms no suffix rule reaches: general geography, not taken from any corpus.
_IRREGULAR_DEMONYMS = {
    "french": "france", "british": "britain", "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland", "turkish": "turkey",
    "spanish": "spain", "irish": "ireland", "scottish": "scotland", "welsh": "wales", "english": "england",
    "norwegian": "norway", "filipino": "philippines", "thai": "thailand", "peruvian": "peru", "afghan": "afghanistan",
    "lebanese": "lebanon", "portuguese": "portugal", "maltese": "malta", "cypriot": "cyprus", "icelandic": "iceland",
    "congolese": "congo", "vietnamese": "vietnam", "bangladeshi": "bangladesh", "croatian": "croatia",
    "slovak": "slovakia", "serb": "serbia", "kuwaiti": "kuwait", "qatari": "qatar", "omani": "oman", "german": "germany",
}


def _demonyms(mentions: list[Mention], places: frozenset[str], votes: dict[str, Counter]) -> dict[str, str]:
    """Adjectives of the places the gazetteer knows or the story names, not the names it votes
    people -> those places: Ukrainian -> ukraine, Italian -> italy, Western -> west, and with
    the place's other words before them, North Korean -> north korea, Sri Lankan -> sri lanka;
    after a compass point the story names no part with, West German -> germany.
    "Marian" is not the adjective of someone the story calls Dr Maria, and a word the story votes
    a person is a surname ("French said…"); two words are never a person's name when they name
    a place's people."""
    named = places | {name for name, v in votes.items() if not _voted_person(v)}
    out = {}
    for name in {_folded_name(m.words) for m in mentions if len(m.words) <= _DEMONYM_WORDS}:
        *lead, word = name.split(" ")
        if not lead and _voted_person(votes.get(word, Counter())):
            continue
        place = _demonym_place(" ".join(lead + [""]), word, named)
        if place is None and len(lead) == 1 and lead[0] in COMPASS_POINTS:
            place = _demonym_place("", word, named)
        if place:
            out[name] = place
    return out


_DEMONYM_WORDS = 3  # "Papua New Guinean"
# Compass points name a part of a land ("North Korea"); before the demonym of a land whose part
# the story does not name ("West German", "East German"), the demonym is still that land's.
COMPASS_POINTS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}


# What a place's name ends on where its demonym's suffix stands: Kenya(n), Malt(ese), Chin(ese)
# → China; -ian may stand for a -y (Italian, Hungarian; not so -i: a ship Vali is no Valy's), -an
# for an -o (Mexican).
_PLACE_ENDING = ("", "a", "e")
_PLACE_ENDINGS = {"ian": (*_PLACE_ENDING, "y"), "an": (*_PLACE_ENDING, "o")}


# The endings of a people's adjective after its place's stem; the long ones alone tell a word English has
# not ("Karvenian") from a given name, many of which end in -an, -n or -i.
_LONG_DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish")
_DEMONYM_SUFFIXES = (*_LONG_DEMONYM_SUFFIXES, "an", "n", "i", "ern")


def _demonym_place(lead: str, word: str, named: set[str]) -> str | None:
    """The place named `lead` + the place `word` is the adjective of, if the story knows it."""
    irregular = _IRREGULAR_DEMONYMS.get(word)
    if irregular and lead + irregular in named:
        return lead + irregular
    for suffix in _DEMONYM_SUFFIXES:
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 3:
            continue
        ends = _PLACE_ENDINGS.get(suffix, _PLACE_ENDING)
        place = next((lead + base + end for end in ends if lead + base + end in named), None)
        if place:
            return place
    return None


_PEOPLES_MENTIONS = 2  # how often a people's adjective is written, at least, to make its land one


def _unplaced(votes: Counter) -> bool:
    """A name its mentions vote no place nor organisation: a person, as a land that speaks is
    ("Valdoria says…"), or nothing ("in Korvatia" votes a place once, "Korvatia's" nothing)."""
    return votes["place"] <= max(votes["person"], votes["other"]) and votes["org"] <= votes["person"]


def _lands_of_a_people(mentions: list[Mention], votes: dict[str, Counter]) -> set[str]:
    """Words the story votes people or nothing, as a land that speaks is ("Valdoria says…",
    "Kestrava insisted"), whose people's adjective it writes twice or more as no person's name
    ("Valdorian troops", "the Kestravan navy"): lands.
    Not the last word of a person's longer name, a surname ("Donald Trump" beside "Trumpian",
    "Cornel West" beside "Western"), nor a surname beside a given name ("Marian" after "Dr Maria
    Roe" is a person's too)."""
    written = Counter(_folded_name(m.words) for m in mentions if len(m.words) == 1)
    unplaced = {name for name in written if _unplaced(votes.get(name, Counter()))}
    lands = set()
    for adjective, n in written.items():
        if n >= _PEOPLES_MENTIONS and not _voted_person(votes.get(adjective, Counter())):
            land = _demonym_place("", adjective, unplaced - {adjective})
            if land is not None:
                lands.add(land)
    if lands:  # seldom: the surnames are read only then
        lands -= {fold(m.words[-1]) for m in mentions if len(m.words) > 1 and _voted_person(m.kinds)}
    return lands


def _names_of(text: str, headline: bool, known: _Usage, places) -> list[Mention]:
    """The names of one piece. In capitals (a headline, or a question heading a section inside
    a paragraph: "WHO RUNS THE FERRY LINE? The …"), every word looks like an acronym: its
    names are only those the corpus writes elsewhere, in mixed case or as an acronym."""
    if not _is_shouting(text):
        return [_state_spelled_out(text, m) for m in _mentions_in(text, headline, known, places)]
    return [m for m in _mentions_in(text, True, known, places)
            if all(fold(w) in known or fold(w) in places or w in known.capitals for w in m.words)]


def _state_spelled_out(text: str, m: Mention) -> Mention:
    """A US state abbreviated after a town ("Fresno, Calif.") is the state, by its whole name:
    only there, as a word such as "Kan" or "Conn" is a surname elsewhere."""
    state = US_STATE_ABBREVIATIONS.get(m.text.lower()) if m.text.istitle() else None
    if state is None or not (text.endswith(", ", 0, m.start) and text[m.end:m.end + 1] in (".", ",")):
        return m
    m.kinds["place"] += 3
    return replace(m, words=(state,))


def _is_shouting(text: str) -> bool:
    return len(text) >= 12 and text.isupper()


@dataclass(frozen=True)
class _Usage:
    """How the corpus writes its words inside sentences: capitalised (names), in lower case, or
    in capitals (acronyms: EU, NATO)."""

    names: frozenset[str]
    lower: frozenset[str]
    capitals: frozenset[str]
    repeated: frozenset[str]  # names written mid-sentence in two sentences or more
    spellings: frozenset[str]  # the names' keys, on which their romanisations meet
    roads: frozenset[str]  # road codes written once where the text says they are roads ("the M25 motorway")
    # the first two words of names of two words or more that open inside a sentence ("said Ivo Tamm")
    begun: frozenset[tuple[str, str]]
    # English words in capitals that one article alone writes so, one that shouts plain words too
    # (`_shouts`): a tabloid's "SLEAZY speaker", no acronym
    shouts: frozenset[str]

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The second words of the names `begun` inside sentences: "Tamm" of "said Ivo Tamm"."""
        return frozenset(second for _, second in self.begun)

    def __contains__(self, word: str) -> bool:
        """A folded word the corpus writes as a name mid-sentence, in this spelling or, if
        English has no such word, in another ("Zelensky" opening a sentence, "Zelenskyy" inside one)."""
        return word in self.names or (name_key(word) in self.spellings and not is_english_word(word))


def _names_used_inside_sentences(story) -> _Usage:
    names, lower, capitals, roads, begun = set(), set(), set(), set(), set()
    sentences_with: Counter = Counter()
    capitals_in: dict[str, set[str]] = defaultdict(set)  # a word in capitals -> the articles writing it so
    seen: dict[str, list[str]] = {}  # a sentence read -> its words in capitals (wire copy repeats sentences)
    for article, p in story:
        if p.kind != "body":
            continue
        for start, end, headline in _pieces(p, False):
            text = p.text[start:end]
            if headline or _is_shouting(text):
                continue
            if text in seen:
                for word in seen[text]:
                    capitals_in[word].add(article)
                continue
            seen[text] = shouted = []
            toks = tokens(text)
            starts = _openings(text, toks)
            dateline = DATELINE_AT_START.match(text)
            for i, tok in enumerate(toks):
                if tok.text[0].islower():
                    lower.add(tok.text)
                elif tok.text.isupper():
                    capitals.add(strip_possessive(tok.text))
                    if not (dateline and tok.start < dateline.end()):  # "LONDON, June 3 (Reuters) -"
                        shouted.append(fold(strip_possessive(tok.text)))
                        capitals_in[shouted[-1]].add(article)
                    if _road_code(toks, i, text) and _said_a_road(toks, i, text):
                        roads.add(text[tok.start:toks[i + 1].end])
                elif tok.start not in starts and not _after_opening(text, tok.start, starts):
                    names.add(fold(strip_possessive(tok.text)))
                    before = fold(toks[i - 1].text)  # "said Ivo Tamm", "said Teacher Ivo Tamm"
                    if ((toks[i - 1].text[0].islower() or is_title(before) or before in _ROLE_WORDS)
                            and i + 1 < len(toks) and toks[i + 1].text[0].isupper()
                            and _adjacent(text, tok, toks[i + 1])):
                        begun.add((fold(tok.text), fold(strip_possessive(toks[i + 1].text))))
            sentences_with.update({fold(strip_possessive(t.text)) for t in toks if t.text[0].isupper()})
    return _Usage(frozenset(names), frozenset(lower), frozenset(capitals),
                  frozenset(w for w, n in sentences_with.items() if n > 1 and w in names), frozenset(map(name_key, names)),
                  frozenset(roads), frozenset(begun), _shouts(capitals_in, lower))


_SHOUTING = 2  # how many plain words an article writes in capitals, alone of the corpus, that shouts


def _shouts(capitals_in: dict[str, set[str]], lower: set[str]) -> frozenset[str]:
    """English words in capitals that one article alone writes so, an article that shouts: it
    writes so plain words, ones the other articles write small ("QUIT" beside "quit") or a verb's
    past ("ROARED"). There a word no other article writes in capitals is shouted too: SLEAZY,
    KILLER. An acronym is neither (NATO, OPEC in a wire story that alone names them)."""
    alone = {w: next(iter(arts)) for w, arts in capitals_in.items() if len(arts) == 1 and len(w) > _ACRONYM_LETTERS}
    shouting = Counter(article for w, article in alone.items()
                       if w in lower or (len(w) >= _SHOUTED_PAST and w.endswith("ed") and is_english_word(w)))
    return frozenset(w for w, article in alone.items() if shouting[article] >= _SHOUTING and is_english_word(w))


def _is_title_case(text: str) -> bool:
    if len(text) > 300:
        return False  # a headline is short
    words = [w for w in text.split() if w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _mentions_in(text: str, headline: bool, known, places):
    """The names of one sentence, with offsets into it."""
    toks = tokens(text)
    starts = _openings(text, toks)
    i = 0
    while i < len(toks):
        first_char = toks[i].text[0]
        if not first_char.isupper() and not (first_char in "aebidl" and _PREFIXED.match(toks[i].text)) and not (
                first_char.isdigit() and _numbered_body(toks, i, text)):
            i += 1  # most words: not a name's start
            continue
        if _road_code(toks, i, text):  # a capital written with a number: a road's code, or a tank's or a form's
            if text[toks[i].start:toks[i + 1].end] in known.roads or _said_a_road(toks, i, text):
                yield _coded_road(toks, i, text)
            i += 2  # the letter alone names nothing: "an M1 tank", "form I-9"
            continue
        run = None if _opens_rank(toks, i, text) else _run_from(toks, i, text, starts, headline, known, places)
        if not run:
            i += 1
            continue
        first, last = run
        first = _after_office_field(toks, first, last)
        if first > last:
            i = last + 1
            continue
        last = _with_structure(toks, first, last, text, places)
        if not headline and _field_of_an_office(toks, first, last, text, known, places):
            i = last + 1
            continue
        if not headline and _words_of_a_title(toks, first, last, text, starts, places):
            title_end = _title_end(toks, last, text, starts, places)
            if title_end == last:  # words of a title that is no name ("the Most Wanted list")
                i = last + 1
                continue
            last = title_end
        words = [strip_possessive(t.text) for t in toks[first:last + 1]]
        adjective = _HYPHEN_ADJECTIVE.match(words[-1])
        if adjective:
            words[-1] = adjective.group(1)
        end = toks[last].start + len(words[-1])
        shouted = headline and all(_shouted_in_a_headline(w, len(words) == 1, known, places) for w in words)
        if not shouted and (len(words) > 1 or fold(words[0]) not in STORM_WORDS):  # a storm's word alone names none
            mention = Mention("", 0, toks[first].start, end, tuple(words), text[toks[first].start:end])
            _vote_kind(mention, toks, first, last, text, places)
            yield mention
        i = last + 1


def _shouted_in_a_headline(word: str, alone: bool, known, places) -> bool:
    """An English word a headline writes in capitals that the story never writes so, nor as a
    name: a tabloid's "BOTTLE", "HORROR", "DEATH SHIP" (not "BALTIMORE"); a short one `alone`
    only if it is an everyday word: "DOJ", "GOP", "NHS" are acronyms the story may spell out."""
    low = fold(word)
    return (word.isupper() and is_english_word(low)
            and (not alone or len(word) > _ABBREVIATION_LETTERS or is_common_word(low))
            and word not in known.capitals and low not in known and low not in places)


_ABBREVIATION_LETTERS = 4  # the most letters of an acronym a headline may give alone: "NATO", "HSBC"


def _road_number_text(word: str) -> bool:
    return word.isdigit() and len(word) <= _ROAD_NUMBER_DIGITS


def _road_code(toks, i: int, text: str) -> bool:
    """Tokens i and i + 1 are a capital and a number written as one code: "M25", "I-95"."""
    if i + 1 >= len(toks) or len(toks[i].text) != 1 or not toks[i].text.isupper():
        return False
    return _road_number_text(toks[i + 1].text) and text[toks[i].end:toks[i + 1].start] in ("", "-")


def _said_a_road(toks, i: int, text: str) -> bool:
    """The code at token i is a road by the words around it (`_ROAD_AFTER`, `_TRAVEL`)."""
    after = toks[i + 2].text if i + 2 < len(toks) and _adjacent(text, toks[i + 1], toks[i + 2]) else ""
    return after in _ROAD_AFTER or (toks[i].text == "I" and i > 0 and toks[i - 1].text.lower() in _TRAVEL)


def _coded_road(toks, i: int, text: str) -> Mention:
    """The place a road's code at token i names; "I-95" read as "Interstate 95"."""
    letter, number = toks[i].text, toks[i + 1].text
    words = ("Interstate", number) if letter == "I" else (letter, number)
    mention = Mention("", 0, toks[i].start, toks[i + 1].end, words, text[toks[i].start:toks[i + 1].end])
    mention.kinds["place"] += 3
    return mention


def _opens_a_known_place(toks, i: int, text: str, places) -> bool:
    """Tokens i and i + 1 are a known place whose first word is an everyday one, which opening a
    sentence is read as no name: "New Delhi", "South Africa" (the article of "The Hague" is none)."""
    return (i + 1 < len(toks) and fold(toks[i].text) != "the" and toks[i + 1].text[:1].isupper()
            and _adjacent(text, toks[i], toks[i + 1]) and f"{fold(toks[i].text)} {fold(toks[i + 1].text)}" in places)


def _numbered_body(toks, i: int, text: str) -> bool:
    """Token i is a year that a body is named by, written after "the" right before its word and
    before no noun it would qualify: "the 1922 Committee met", "the 1922 Committee would";
    not a count ("the 12 Council members"), a year before a body ("In 2019 Parliament voted",
    "the 2022 Court ruling") nor a time's minutes ("11:31 Court rises")."""
    if not (i > 0 and fold(toks[i - 1].text) == "the" and toks[i].text.isdigit() and len(toks[i].text) == 4
            and i + 1 < len(toks) and text[toks[i].start - 1:toks[i].start] == " " and toks[i + 1].text[:1].isupper()
            and fold(toks[i + 1].text) in ORG_WORDS and _adjacent(text, toks[i], toks[i + 1])):
        return False
    after = toks[i + 2].text if i + 2 < len(toks) and _adjacent(text, toks[i + 1], toks[i + 2]) else ""
    return not after.islower() or fold(after) in _VERBS_AFTER_A_BODY or past_tense(after)


def _road_number(toks, last: int, j: int, text: str) -> bool:
    """Token j is the number of the road token `last` names: "Route 66", "Interstate 95"."""
    return (j < len(toks) and fold(toks[last].text) in NUMBERED_PLACE_WORDS and toks[last].text[0].isupper()
            and _road_number_text(toks[j].text) and _adjacent(text, toks[last], toks[j])
            and not (j + 1 < len(toks) and _adjacent(text, toks[j], toks[j + 1])
                     and (toks[j + 1].text in _COUNTED_AFTER_A_ROAD or is_unit(toks[j + 1].text))))


def _field_of_an_office(toks, first: int, last: int, text: str, known, places) -> bool:
    """A word of what an office deals with before its title ("the Home Secretary"), or a word the
    corpus also writes in lower case, capitalised as the field of the title and name after it:
    "Police Chief Jane Roe", "Fire Chief…" (not "Ruritanian President…"). A
    sentence's opening "Police said…" is left a name: read as a word, it moved a development set's
    sentence to another fact (links F1 0.654 -> 0.652)."""
    word = strip_possessive(toks[first].text)
    title = first + 1
    if first == last and _field_before_office(toks, first, text):
        return True  # what the office deals with, before its title: "the Home Secretary, Ana Roe"
    if first != last or word.lower() not in known.lower or not is_common_word(word) or fold(word) in places:
        return False
    return (title + 1 < len(toks) and is_title(fold(toks[title].text)) and toks[title + 1].text[0].isupper()
            and _adjacent(text, toks[first], toks[title]) and _adjacent(text, toks[title], toks[title + 1]))


def _field_before_office(toks, k: int, text: str) -> bool:
    """Token k is what an office deals with, right before the office's title: "Home Secretary",
    "Finance Minister" (not "the Labour leader": a leader heads a party)."""
    return (fold(strip_possessive(toks[k].text)) in OFFICE_FIELDS and k + 1 < len(toks)
            and fold(toks[k + 1].text) in _OFFICES and _adjacent(text, toks[k], toks[k + 1]))


def _words_of_a_title(toks, first: int, last: int, text: str, starts: set[int], places) -> bool:
    """Everyday English words beside a function word capitalised mid-sentence ("the Ten Most
    Wanted list", "Fridays For Future") are words of a title written in title case, not a name
    of their own; a known place among them stays one. An article may open a name ("The Hague")
    and is left out."""
    if not all(_everyday(t, places) for t in toks[first:last + 1]):
        return False
    return ((first > 0 and _capitalised_function_word(toks[first - 1], text, starts)
             and _adjacent(text, toks[first - 1], toks[first]))
            or (last + 1 < len(toks) and _capitalised_function_word(toks[last + 1], text, starts)
                and _adjacent(text, toks[last], toks[last + 1])))


def _title_end(toks, last: int, text: str, starts: set[int], places) -> int:
    """Where a title that opens with everyday words ending at token `last` ends: through each
    capitalised function word and the everyday words after it ("Ten Most Wanted", "Women In
    Black"), so the whole title is one name; `last` if no words follow one."""
    end = last
    while end + 2 < len(toks) and _capitalised_function_word(toks[end + 1], text, starts) \
            and _adjacent(text, toks[end], toks[end + 1]) and _adjacent(text, toks[end + 1], toks[end + 2]) \
            and toks[end + 2].text[0].isupper() and _everyday(toks[end + 2], places):
        end += 2
        while end + 1 < len(toks) and _adjacent(text, toks[end], toks[end + 1]) \
                and toks[end + 1].text[0].isupper() and _everyday(toks[end + 1], places) \
                and not _capitalised_function_word(toks[end + 1], text, starts):
            end += 1
    return end


def _everyday(tok, places) -> bool:
    return is_common_word(tok.text) and fold(strip_possessive(tok.text)) not in places


_ARTICLES = {"the", "an"}
# Initials that are a common noun for people, no body's name: "nine MPs were hurt".
_MEMBERS_BY_INITIALS = frozenset("mp mps mep meps msp msps mla mlas".split())


def _capitalised_function_word(tok, text: str, starts: set[int]) -> bool:
    """A function word other than an article ("Most", "All", "With") capitalised where no
    writer has to capitalise it: not at the sentence's opening."""
    word = tok.text
    return (len(word) > 1 and word[0].isupper() and word[1:].islower() and fold(word) in STOPWORDS
            and fold(word) not in _ARTICLES and tok.start not in starts and not _after_opening(text, tok.start, starts))


def _after_office_field(toks, first: int, last: int) -> int:
    """Where the name starts in a run after "<Title> of" or "for": its first words may say what
    the office deals with ("Secretary of State Jane Roe", "Minister for Health Tom Berg", "Chief
    of Staff"); a place or an institution there is a name ("President of Ruritania"),
    and so is a company a field word opens ("the president of Energy Transfer", "Chairman of
    Trade Bank"): a title written before a name is capitalised, and a field names no bank."""
    if not _office_before(toks, first - 1):
        return first
    field = first
    while field <= last and fold(strip_possessive(toks[field].text)) in OFFICE_FIELDS:
        field += 1
    if field <= last and fold(strip_possessive(toks[field].text)) in _ORG_OR_PLACE:
        return first
    return field


def _office_before(toks, k: int) -> bool:
    """Token k ends "<Title> of" or "for", or a chain of them ("Minister of State for")."""
    while True:
        while k >= 0 and is_title(fold(toks[k].text)):
            k -= 1  # "Foreign" in "Minister of Foreign Affairs"
        if k >= 0 and fold(toks[k].text) == "the":
            k -= 1
        if not (k >= 1 and fold(toks[k].text) in _LINKS and toks[k - 1].text[0].isupper()):
            return False
        before = fold(toks[k - 1].text)
        if is_title(before):
            return True
        if before not in OFFICE_FIELDS:
            return False
        k -= 2  # a field of the office, itself after "<Title> of": "State" in "Minister of State for"


def _with_structure(toks, first: int, last: int, text: str, places) -> int:
    """A structure written in lower case after a person's full name is named after them: "the
    Jane Doe bridge" is the Jane Doe Bridge, not Jane Doe. Places lend their name as freely ("the
    Ruritania port") and are left alone."""
    after = last + 1
    if (after < len(toks) and last > first and first > 0 and fold(toks[first - 1].text) == "the"
            and toks[after].text in _STRUCTURES and _adjacent(text, toks[last], toks[after])
            and fold(" ".join(t.text for t in toks[first:after])) not in places):
        return after
    return last


def _run_from(toks, i, text, starts, headline, known, places):
    """(first, last) token index of a name starting at token i, or None."""
    if (_time_zone(toks, i) or fold(toks[i].text).rstrip(".") in GENERATIONAL_SUFFIXES or _party_tag(text, toks[i])
            or fold(strip_possessive(toks[i].text)) in _MEMBERS_BY_INITIALS):
        return None
    if _road_number(toks, i, i + 1, text):
        return _run_from_word(toks, i, i + 1, text, headline, known, places)  # "Route 66 was closed"
    if _numbered_body(toks, i, text):
        return _run_from_word(toks, i, i + 1, text, headline, known, places)  # "the 1922 Committee"
    if (_counting_number(toks, i) or _month_with_day(toks, i) or _shouted_alone(toks, i, known)
            or _shouted_before(toks, i) or _shouted_after_auxiliary(toks, i) or _shouted_count(toks, i)
            or _shouted_function_word(toks[i].text)):
        return None
    opening = toks[i].start in starts or _after_opening(text, toks[i].start, starts)
    if _opens_a_known_place(toks, i, text, places):
        return _run_from_word(toks, i, i + 1, text, headline, known, places)  # "New Delhi said …"
    if not _name_word(toks[i].text, opening, headline, known, places) and not (
            not headline and _month_as_surname(toks, i, text) and is_title(fold(toks[i - 1].text))):
        institution = _titled_institution(toks, i, text)  # a title is no name word
        if institution is not None:
            return _run_from_word(toks, i, institution, text, headline, known, places)
        # A sentence may open with a full name nobody else writes mid-sentence:
        # "Yauhen Dravik, the husband of…", but not "Despite Orlenko's…".
        if not (opening and not headline and _could_open_name(toks, i, text, known, places)):
            return None
    return _run_from_word(toks, i, i, text, headline, known, places)


def _run_from_word(toks, i, last, text, headline, known, places):
    """(i, last token index) of the name whose words run from token i to `last` so far."""
    j = last + 1
    while j < len(toks) and not _HYPHEN_ADJECTIVE.match(toks[last].text) and not (
            last > i and _road_number(toks, last - 1, last, text)) and (  # "world Number 1 Oto Varnik"
            _owned_by_many(text, toks, last, known) or (not _possessive(toks[last].text) and (
                _adjacent(text, toks[j - 1], toks[j]) or _after_initial(text, toks, j, known)
                or _ampersand(toks, last, j, text, places)))):
        word = toks[j].text
        if _shouted_after(toks, i, last, j):
            break  # "Doe QUITS": a tabloid's shouted verb after a name written in capitals and small letters
        if _person_after_body(toks, last, j, text):
            break  # a translation's "head of the Varn Regional Administration Pavlo Roe": two names
        if (_name_word(word, False, headline, known, places) and fold(word) not in TITLES) or (
                fold(word) in OFFICE_FIELDS and _named_of(toks, i, j)) or _road_number(toks, last, j, text) or (
                not headline and j == last + 1 == i + 1 and fold(toks[i].text) not in places
                and _month_as_surname(toks, j, text)):  # after a given name: "Theresa May", not "Britain May"
            last = j
            j += 1
            continue
        institution = _titled_institution(toks, j, text)
        if institution is not None:
            last = institution
            j = last + 1
            continue
        # Particles join a name only when a name word follows them: Ursula von der Leyen.
        k = j
        while k < len(toks) and _adjacent(text, toks[k - 1], toks[k]) and (
            fold(toks[k].text) in PARTICLES or _links_institution(toks, k, i, j, last)
        ):
            k += 1
        if k > j and k < len(toks) and _adjacent(text, toks[k - 1], toks[k]) and toks[k].text[0].isupper():
            j = k
            continue
        if _and_goes_on(toks, i, last, j, text, places):
            j += 1
            continue
        break
    while last > i and _opens_rank(toks, last, text):
        last -= 1  # "… Harbour Guard Rear Admiral X": the rank is not part of the name before it
    return i, last


# The fields an office or a ministry deals with. Some are titles' words too: "Ministry of
# Justice" ends with one, unlike "Bank of England Governor", whose last word is the post of its
# head. After "<title> of" they are the office, not a name: "Secretary of State Jane Roe".
OFFICE_FIELDS = set(
    """justice defence defense interior internal foreign home affairs state finance health education energy labour
    labor agriculture homeland security staff transport transportation commerce treasury housing environment
    trade culture economy veterans information communications intelligence operations public works""".split()
)


def _person_after_body(toks, last: int, j: int, text: str) -> bool:
    """A known given name and a surname right after a body's name, its head written without a
    comma as a translation writes it: "the Regional Administration Pavlo Roe"."""
    return (fold(toks[last].text) in ORG_WORDS and is_listed_given_name(toks[j].text) and j + 1 < len(toks)
            and _adjacent(text, toks[j], toks[j + 1]) and toks[j + 1].text[:1].isupper())


def _ampersand(toks, last: int, j: int, text: str, places) -> bool:
    """An ampersand joins the words on either side into one name, a firm's or a paper's ("Marks &
    Sparrow", "the Tessaly Post & Courier"), where a single word follows it; not two people or
    two known places ("Oto Varnik & Lia Roe", "Britain & France")."""
    one_word_after = not (j + 1 < len(toks) and _adjacent(text, toks[j], toks[j + 1])
                          and toks[j + 1].text[:1].isupper())
    return (text[toks[last].end:toks[j].start] == " & " and one_word_after
            and not {fold(toks[last].text), fold(toks[j].text)} & places)


def _titled_institution(toks, i: int, text: str) -> int | None:
    """The index of the organisation's word that ends an institution named by a title from
    token i: "Foreign Ministry", "Justice Department", "Sheriff's Office", "Attorney General's
    Office", "Marshals Service" (an office, not a person whose title is followed by a name)."""
    k = i
    while k < len(toks) and toks[k].text[0].isupper() and (
            is_title(low := fold(strip_possessive(toks[k].text))) or _plural_title(low)):
        if k + 1 == len(toks) or not _adjacent(text, toks[k], toks[k + 1]):
            return None
        k += 1
        if _possessive(toks[k - 1].text):
            break  # "Sheriff's Office": the possessive title is the institution's last title word
    after = toks[k].text if k > i and k < len(toks) else ""
    if not (after[:1].isupper() and fold(strip_possessive(after)) in ORG_WORDS):
        return None
    return k if k > i + 1 or _office_title(toks, i, text) else None


def _plural_title(low: str) -> bool:
    """A folded word that is the plural of a title: "marshals", "commissioners"."""
    return low.endswith("s") and is_title(low[:-1])


def _office_title(toks, i: int, text: str) -> bool:
    """Token i, a lone title before an organisation's word, names an office: a field ("Justice
    Department"), a possessive or a plural ("Sheriff's Office", "Marshals Service"), or one an
    article or a name stands right before ("the General Staff", "Federal Marshal Service").
    Otherwise it is a person's title before a surname ("Judge Church said")."""
    word = toks[i].text
    low = fold(strip_possessive(word))
    if low in OFFICE_FIELDS or _possessive(word) or _plural_title(low):
        return True
    if i == 0 or not _adjacent(text, toks[i - 1], toks[i]):
        return False
    before = toks[i - 1].text
    return fold(before) == "the" or before[0].isupper() or _possessive(before)


def _links_institution(toks, k: int, first: int, j: int, last: int) -> bool:
    """Token k joins an organisation's or a place's name (from token `first`) to what it is of
    or for: "Port of", "Ministry of the Interior", "Institute for the Study of War", "Movement for
    a Free Velna"."""
    word = fold(toks[k].text)
    if word == "the":
        return k > j and fold(toks[k - 1].text) in _LINKS
    if word == "a":  # "for a Free Velna", not "of a Soviet-style cover-up" nor "for a UN inquiry"
        return (k > j and fold(toks[k - 1].text) == "for" and k + 2 < len(toks)
                and _title_case(toks[k + 1].text) and _title_case(toks[k + 2].text))
    if word == "for":
        return fold(toks[last].text) in ORG_WORDS
    return word == "of" and (fold(toks[last].text) in _ORG_OR_PLACE or _link_inside(toks, first, last) is not None)


def _title_case(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _and_goes_on(toks, first: int, last: int, j: int, text: str, places) -> bool:
    """Token j is an "and" inside an institution's name after "of" or "for" ("Office of
    Management and Budget", "Commission for Equality and Human Rights"): English words stand
    on both sides of it. A place on either side, or an institution after it, makes two names ("the University
    of Oslo and Norway's…", "the Bank of Kelso and Union Bank", "the Department of Defense and
    State Department")."""
    if fold(toks[j].text) != "and":
        return False
    of = _link_inside(toks, first, last)
    after = list(_capitalised_after(toks, j, text))
    return (of is not None and bool(after) and all(is_english_word(t.text) for t in toks[of + 1:j])
            and all(is_english_word(t.text) and _neither_place_nor_institution(t.text, places) for t in after))


def _neither_place_nor_institution(word: str, places) -> bool:
    """Neither a known place nor a word naming an institution or a place ("Bank", "Street");
    checked apart, as a union made per call would copy the gazetteer."""
    low = fold(strip_possessive(word))
    return low not in places and low not in _ORG_OR_PLACE


def _link_inside(toks, first: int, last: int) -> int | None:
    """The last "of" or "for" inside the name running from token `first` to `last`."""
    return next((m for m in range(last - 1, first, -1) if fold(toks[m].text) in _LINKS), None)


def _capitalised_after(toks, j: int, text: str):
    """The capitalised words written right after token j, one after another, up to a title
    (whose holder's name may follow: "Human Services Secretary Jane Roe")."""
    k = j + 1
    while (k < len(toks) and _adjacent(text, toks[k - 1], toks[k]) and toks[k].text[0].isupper()
           and not is_title(fold(toks[k].text))):
        yield toks[k]
        k += 1


def _named_of(toks, first: int, j: int) -> bool:
    """Token j ends an institution's name after "of" ("Department of Justice", "Ministry of
    Justice"), where a title's word names what it deals with, not a person's office; one a
    name follows is an office ("University of Chicago Professor Jane Roe")."""
    after = toks[j + 1].text if j + 1 < len(toks) else ""
    return not after[:1].isupper() and any(fold(toks[k].text) == "of" for k in range(first + 1, j))


def _opens_rank(toks, i: int, text: str) -> bool:
    """The first word of a two-word rank: "Rear" in "Rear Admiral", "Staff" in "Staff Sgt." (not
    in "the General Staff, Gen. Jane Roe")."""
    return (fold(toks[i].text) in _RANK_MODIFIERS and i + 1 < len(toks) and fold(toks[i + 1].text) in _RANKS
            and _adjacent(text, toks[i], toks[i + 1]))


_OPENERS = set(
    """despite although though after before since during following according meanwhile however moreover
    still yet notably earlier later last next under over without within while when where whereas unlike
    like amid besides beyond given including instead nevertheless nonetheless overall perhaps thus
    today yesterday tomorrow
    many some most several few all both each every numerous various""".split()  # quantifiers: "Many Ruritanians fled"
)
# An English adverb or adjective opening a sentence before a name ("Ironically Doe…", "Furious
# Doe…") is no given name; shorter words may be (Sally, Emily), and so may others that end
# alike (Saiful, Ashraful), so the word must be long and English.
_ADVERB = re.compile(r"(?:ly|ous|ful|less)$")
_ADVERB_LENGTH = 7


def _could_open_name(toks, i, text, known, places) -> bool:
    word = toks[i].text
    return (
        _no_opening_word(word, known) and not (is_common_word(word) and len(word) > _SHORT_WORD)
        and not _participle(toks, i) and not _word_before_a_name(toks, i, known)
        and (_APPOSITIVE.match(text, toks[i].end) is not None or (
            i + 1 < len(toks) and _adjacent(text, toks[i], toks[i + 1])
            and _name_word(toks[i + 1].text, False, False, known, places)))
    )


def _participle(toks, i: int) -> bool:
    """An English verb's -ing form opening a sentence before a name's possessive: "Dismissing
    Doe's claims, the judge …" (not "Irving Kalder, 54,", "Sterling Okafor said", nor "Ming")."""
    low = fold(toks[i].text)
    return (len(low) > _SHORT_WORD and low.endswith("ing") and is_english_word(low) and i + 1 < len(toks)
            and _possessive(toks[i + 1].text))


_SHORT_WORD = 5  # the longest word opening a sentence read as a name however English writes it ("Ming", "Young")


def _word_before_a_name(toks, i: int, known) -> bool:
    """An English word opening a sentence before a full name the corpus writes inside sentences,
    that it never writes there as a name itself: a tabloid's "Monster Ivo Tamm, 41, waved a
    pistol" (not "Jeffrey Tamm, its vice president, said", whose surname alone follows)."""
    word = fold(toks[i].text)
    if i + 1 >= len(toks) or not is_english_word(word) or word in known:
        return False
    if i + 2 < len(toks):
        rest = (fold(toks[i + 1].text), fold(strip_possessive(toks[i + 2].text)))
        if rest in known.begun and not any(w in ORG_WORDS or w in PLACE_WORDS for w in rest):  # "State Supreme Court"
            return True
    # or, shaped as no given name is and written small elsewhere (an adverb in -wards needs not
    # be), before a surname alone that the corpus writes inside sentences after a given name:
    # "Disgraced Tamm said…" beside "said Ivo Tamm" and "the disgraced mayor", "Afterwards Tamm…"
    # (not "John Smith and Jane Smith": "John" may be another given name, as "Mildred" may)
    surname = fold(strip_possessive(toks[i + 1].text))
    return (len(word) >= _EPITHET_LETTERS and word.endswith(_EPITHET_ENDINGS) and not is_listed_given_name(word)
            and (word in known.lower or word.endswith(_ADVERB_ENDING))
            and surname in known.surnames
            and (i + 2 >= len(toks) or not toks[i + 2].text[:1].isupper()))


# How English adjectives and adverbs end that open a tabloid's sentence before a surname, and
# given names seldom do (Fred, Jared and Ahmed are short; Mohammed is a listed given name; Mildred
# and Wilfred are never written small).
_EPITHET_ENDINGS = ("ed", "ful", "ous", "less", "able", "ible", "wards")
_EPITHET_LETTERS = 7
_ADVERB_ENDING = "wards"  # "Afterwards", no given name's, needs no evidence it is a word


def _no_opening_word(word: str, known) -> bool:
    """A capitalised word that is none of the words a sentence ordinarily opens with: no word
    the corpus writes in lower case, no opener, function word, number, adverb or role."""
    low = fold(word)
    return (word[0].isupper() and word.replace("-", "").isalpha() and not _prefixed_word(word)
            and low not in known.lower and low not in _OPENERS
            and low not in STOPWORDS and number_value(word) is None and not _is_adverb(word) and low not in _ROLES
            and low not in _QUALIFIERS)  # "Senior Ardland officials", "Former …"


def _party_tag(text: str, tok) -> bool:
    """A party and a state after a name, set off by a comma or a bracket: "Sen. Jane Roe,
    R-Alaska", "(D-N.Y.)"; not "D-Day"; or a letter alone in brackets: a party ("Sen. Jane Roe
    (D)") or a list's label, no name."""
    if len(tok.text) == 1:
        return text.endswith("(", 0, tok.start) and text.startswith(")", tok.end)
    return _PARTY_TAG.match(tok.text) is not None and text.endswith((", ", "("), 0, tok.start)


def _time_zone(toks, i: int) -> bool:
    """Token i is a time zone: one written in capitals right after a time of day."""
    word = toks[i].text
    if not (word.isupper() and fold(word) in _TIME_ZONES and i):
        return False
    before = fold(toks[i - 1].text).replace(".", "")
    return before[-1:].isdigit() or before in ("am", "pm", "noon", "midnight") or _time_zone(toks, i - 1)


def _is_adverb(word: str) -> bool:
    return len(word) >= _ADVERB_LENGTH and bool(_ADVERB.search(fold(word))) and is_english_word(word)


def _possessive(word: str) -> bool:
    return strip_possessive(word) != word


_PLURALS_IN_S = frozenset(("people", "women", "men", "children"))
_BODY_AFTER_OWNER = 3  # the words after a plural's possessive among which a body's word names a body


def _owned_by_many(text: str, toks, k: int, known) -> bool:
    """Whether token `k` is a plural's possessive that a body's or a place's name goes on after: "the
    Farmers' League", "the Workers’ Party", "the People's Unity Party", "Children's Hospital", "the
    People's Republic" (not "Russia's Defence Ministry", one country's, nor "the Greens' Carla Venn",
    a party's member, nor "Geert Wilders' Freedom Party", a person's)."""
    if k + 1 >= len(toks):
        return False
    tok, after = toks[k], toks[k + 1]
    low = fold(strip_possessive(tok.text))
    body = takewhile(lambda t: t.text[:1].isupper(), toks[k + 1:k + 1 + _BODY_AFTER_OWNER])
    # a place's word right after it ("the People's Republic"; not "the Kurds' Kesk Region", theirs)
    if not (any(fold(strip_possessive(t.text)) in ORG_WORDS for t in body) or fold(after.text) in PLACE_WORDS):
        return False
    if low in _PLURALS_IN_S:
        return _possessive(tok.text) and _adjacent(text, tok, after)
    return (text[tok.end:after.start] in ("' ", "’ ") and low.endswith("s") and len(low) > 3
            and is_english_word(low[:-1]) and low not in gazetteer()  # not "the Philippines' Foreign Ministry"
            and _plural_of_a_body(toks, k, low, known))


def _plural_of_a_body(toks, k: int, low: str, known) -> bool:
    """Whether the plural at token `k` is a body's word, not a person's surname: one the corpus also
    writes in lower case ("prison officers"), or after "the", a possessive or a capitalised English
    word or people's adjective ("the Farmers' League", "Brazil's Workers' Party", "the National
    Farmers' Union", "the Karvenian Journalists' Union"); not "Geert Wilders' Freedom Party", "polls
    put Wilders' Freedom Party", "Mr Wilders' party", nor "Wilders' Party for Freedom" opening a sentence."""
    if low in known.lower:
        return True
    before = toks[k - 1].text if k > 0 else ""
    word = fold(strip_possessive(before))
    return word == "the" or _possessive(before) or (before[:1].isupper() and not is_title(word) and (
        is_english_word(word) or word.endswith(_LONG_DEMONYM_SUFFIXES)))


def _openings(text: str, toks) -> set[int]:
    """Where a word stands that any writer capitalises: the sentence's start, and an English
    word after a colon, a dateline, a live page's time or a quotation's opening mark ("Updated:
    Police say…", "He said: Rescue teams…", "BEIRUT — Strikes hit…", "20:30 Guard Jane Doe…",
    chanting "Resign, all of you"); a word English does not have there is a name ("OSLO:
    Orlenko's decision…")."""
    dateline = DATELINE_AT_START.match(text)
    entry = live_entry(text)  # a live page's entry: "20:30 Guard Jane Doe was moved…"
    return {0} | {toks[k].start for k in range(1, len(toks))
                  if (":" in text[toks[k - 1].end:toks[k].start] or (dateline and toks[k].start == dateline.end())
                      or (entry and toks[k].start == entry) or _quotation_opens(text, toks, k))
                  and is_english_word(toks[k].text)}


def _quotation_opens(text: str, toks, k: int) -> bool:
    """Token k opens a quotation of words or a cry (after a space and its opening mark: "Resign, all
    of you", "Shame!"), no name it begins: not the "Council of National Salvation", the "Harbour
    Brotherhood", nor a title quoted alone (the memoir "Becoming", the app "Signal")."""
    word = toks[k]
    if text[word.start - 1] not in _OPENING_MARKS:
        return False  # most words, told at once: this is asked of every word of the story
    if not _QUOTE_OPENS.fullmatch(text, toks[k - 1].end, word.start) or _QUOTE_CLOSES.match(text, word.end):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not (after.text[0].isupper() or after.text in _LINKS) or not _adjacent(text, word, after)


_OPENING_MARKS = "“\"‘«"
_QUOTE_OPENS = re.compile(rf"\s+[{_OPENING_MARKS}]")  # a quotation's mark after a space, right before its first word
_QUOTE_CLOSES = re.compile(r"[,.?]?[”\"’»]")  # right after a quotation's only word (a cry's "!" aside: "Shame!")


def _after_opening(text: str, at: int, starts: set[int]) -> bool:
    """A word right after an opening quote or bracket that starts a sentence, or after the dash
    of a bullet ("- Victims lost their savings")."""
    return (at > 0 and text[at - 1] in "“\"‘'([" and (at - 1) in starts) or (
        at > 1 and text[at - 2] in BULLET_MARKS and text[at - 1] == " " and (at - 2) in starts)


def _adjacent(text: str, a, b) -> bool:
    return text[a.end:b.start] == " "


def _after_initial(text: str, toks, j: int, known) -> bool:
    """Token j follows a middle initial of the name before it ("Brian G. Nichols"): a capital
    letter and its full stop after a word that is no organisation's or place's ("Company X.
    Smith said…" is two names), before a word the corpus writes as a name elsewhere too or one
    English does not have ("Proposition C. Voters approved…" is not one name; a suspect "John
    F. Kerrigan" named once is)."""
    initial = toks[j - 1].text
    return (j >= 2 and len(initial) == 1 and initial.isupper() and text[toks[j - 1].end:toks[j].start] == ". "
            and _adjacent(text, toks[j - 2], toks[j - 1]) and fold(toks[j - 2].text) not in _WHAT_IT_IS
            and (fold(strip_possessive(toks[j].text)) in known.repeated or not is_english_word(strip_possessive(toks[j].text))))


def _counting_number(toks, i: int) -> bool:
    """A number in words, capitalised or shouted, before a word in lower case that is no function
    word, or alone: it counts ("SIX heavily armed gunmen", a list's "- Nine dead, curfew imposed"),
    it names nothing (not "ONE Championship", a broadcaster's "told Nine on Sunday", "The Twelve, a
    faction")."""
    if number_value(fold(toks[i].text)) is None:
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return not after or (after[:1].islower() and fold(after) not in STOPWORDS)


def _shouted_function_word(word: str) -> bool:
    """A function word of three letters or more in capitals, no name: a tabloid's "would NOT send",
    "who pays? YOU.", "ON THE KILLERS" (not "WHO", the health body, nor "ONE Championship"; "US"
    and "UN" are shorter)."""
    low = fold(word)
    return word.isupper() and len(word) >= 3 and low in STOPWORDS and low != "who" and number_value(low) is None


def _shouted_count(toks, i: int) -> bool:
    """Token `i` is a number word in capitals before an everyday word in capitals, or that word:
    a tabloid's "raged for THREE HOURS", "SIX MEN died"."""
    def number(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text.isupper() and number_value(fold(toks[k].text)) is not None

    def everyday(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text.isupper() and is_common_word(fold(toks[k].text))
    return (number(i) and everyday(i + 1)) or (everyday(i) and number(i - 1))


def _prefixed_word(word: str) -> bool:
    """A word made with a prefix and a hyphen, capitalised as it opens a sentence: "Co-defendant",
    "Ex-minister" (not "Ruritania-based", whose name comes first)."""
    adjective = _HYPHEN_ADJECTIVE.match(word)
    return adjective is not None and fold(adjective.group(1)) in _WORD_PREFIXES


def _month_with_day(toks, i: int) -> bool:
    """Token i is a month written short before its day ("Mar 3", "Jun 12"), as a dateline dates
    a story: those months are names or words elsewhere ("Jan Roe", "to mar")."""
    return (fold(toks[i].text).rstrip(".") in MONTH_ABBREVIATIONS and i + 1 < len(toks)
            and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2)


# Months that are also given names or surnames in English: "Theresa May", "Mrs May".
_MONTHS_AS_NAMES = frozenset({"may", "june", "april", "august"})


def _month_as_surname(toks, i: int, text: str) -> bool:
    """Token i is a month that is also a name, written just after a capitalised word (a name or
    a title, as the caller checks) and before no day or year: "Theresa May said", "Mrs May", not
    "on May 3", "in May 2019"."""
    if i == 0 or fold(toks[i].text) not in _MONTHS_AS_NAMES or not _adjacent(text, toks[i - 1], toks[i]):
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    return toks[i].text[:1].isupper() and toks[i - 1].text[:1].isupper() and not after[:1].isdigit()


_ACRONYM_LETTERS = 3  # as many letters as most acronyms have: "WHO", "CIA", "AID" are read as names


def _shouted_alone(toks, i: int, known: _Usage) -> bool:
    """Token `i` is an everyday word in capitals among words that are not ("Doe STILL on the run",
    "a tabloid's SHAME"), or an English word the corpus also writes in small letters ("then BOOM",
    "in total DENIAL" beside "denial"), no acronym (NASA is never written "nasa"); a heading in
    capitals is read as before."""
    word = toks[i].text
    shouted = _shouted_everyday(word) or (word.isupper() and len(word) > _ACRONYM_LETTERS and (
        (word.lower() in known.lower and is_english_word(word)) or fold(word) in known.shouts))
    return shouted and not any(0 <= k < len(toks) and toks[k].text.isupper() for k in (i - 1, i + 1))


# The fewest letters of a verb a tabloid shouts before a name ("SHAMED", not a name's "REED"), and
# after "was" or "has" ("was SACKED"), where no name's word stands as often.
_SHOUTED_VERB, _SHOUTED_AFTER_AUXILIARY = 6, 5
_SHOUTED_PAST = 5  # the fewest letters of a verb's past in -ED in capitals, no acronym: "ROARED", "FLED" too short


def _shouted_verb(word: str, fewest: int) -> bool:
    """An English verb's -ed or -ing form written in capitals, of `fewest` letters or more."""
    return word.isupper() and len(word) >= fewest and fold(word).endswith(("ed", "ing")) and is_english_word(fold(word))


def _shouted_before(toks, i: int) -> bool:
    """Token `i` is a verb in capitals before a name in capitals and small letters: a tabloid's
    "EXPELLING Korvatia's ambassador", "SHAMED Minister Ivo Tamm" (not a charity's "CARE
    International")."""
    return (_shouted_verb(toks[i].text, _SHOUTED_VERB) and i + 1 < len(toks)
            and toks[i + 1].text[:1].isupper() and not toks[i + 1].text.isupper())


def _shouted_after_auxiliary(toks, i: int) -> bool:
    """Token `i` is a verb in capitals right after "was", "has" and the like: a tabloid's "was
    SACKED", "was FLEEING" (not a name: "was APEX, a contractor")."""
    return i > 0 and fold(toks[i - 1].text) in BE | HAVE and _shouted_verb(toks[i].text, _SHOUTED_AFTER_AUXILIARY)


def _shouted_after(toks, first: int, last: int, j: int) -> bool:
    """Token `j`, after a name's word `last` not in capitals, is an everyday word in capitals
    ("Doe QUITS", "Doe STILL on the run"); not a surname a list writes in capitals after a given
    name ("Maria YOUNG")."""
    return (_shouted_everyday(toks[j].text) and not toks[last].text.isupper()
            and not (last == first and is_listed_given_name(fold(toks[first].text))))


def _shouted_everyday(word: str) -> bool:
    """An everyday English word written in capitals ("QUITS", "STILL"), not an acronym's length."""
    return word.isupper() and len(word) > _ACRONYM_LETTERS and is_common_word(fold(word))


def _name_word(word: str, sentence_start: bool, headline: bool, known, places) -> bool:
    if _prefixed_word(word):
        return False
    adjective = _HYPHEN_ADJECTIVE.match(word)
    word = adjective.group(1) if adjective else word  # "Ruritania-based" is read as Ruritania
    if adjective and len(word) == 1:
        return False  # a letter glued to a word names nothing: "U-turns", "X-rays", "T-shirts"
    if _PREFIXED.match(word):
        return True
    if not word[0].isupper() or word[0].isdigit():
        return False
    low = fold(strip_possessive(word))
    if low.rstrip(".") in _MONTHS_AND_DAYS or _CONTRACTION.search(word):
        return False  # "JUNE 6", "Dec. 3", "I'm", "We've": not names, in capitals or not
    if low.rstrip(".") in _ROLE_WORDS or is_title(low) or (_ACRONYM.match(word) and low[-1] == "s" and (
            low[:-1] in _ROLE_WORDS or is_title(low[:-1]))):
        return False  # "PM Jane Doe": a title in capitals is no acronym, nor their plural ("Unity MPs")
    if _ACRONYM.match(word) and not (headline and word.isupper() and len(word) > 6):
        return low not in STOPWORDS or len(word) > 2  # "US" yes, "IT" and "A" only as names we know
    if low in STOPWORDS:
        return False
    if sentence_start or headline:
        return low in known or low in places
    if word.isupper() and len(word) > 3:
        return not is_common_word(low)  # a dateline such as OSLO; not a tabloid's "€3 MILLION", "SHAME"
    return True


def _a_body(words: list[str], before: list[str], after: str, text: str, end: int) -> bool:
    """English puts no article before a person's name: "the Red Cross said" (or "opened") is a
    body acting, and "the Silver Fern," more likely a body than a person. But in "the Jane Doe
    novel" the article is the noun's, and a lower-case word after the name may be that noun;
    and before a longer name it is a description's ("the Argentine Lionel Messi said")."""
    if not before or before[-1] != "the" or len(words) > _BODY_WORDS:
        return False
    return not (text[end:end + 1] == " " and after[:1].islower() and after not in _ACTED_ON and not past_tense(after))


def _names_an_event(words: list[str]) -> bool:
    """Folded words that name an award by its own name ("Primetime Emmy") or a storm by its
    given name ("Tropical Storm Ana"; not "the Storm Lake Police", named by what it is)."""
    if words[-1] in AWARD_NAMES or " ".join(words[-2:]) in AWARD_NAMES:
        return True
    return any(w in STORM_WORDS for w in words[:-1]) and not any(w in _WHAT_IT_IS for w in words)


def _in_datelines_agency(text: str, mention: Mention) -> bool:
    """The mention is the agency in brackets of the sentence's dateline: "KELSA (Ardwire) —"."""
    dateline = DATELINE_AT_START.match(text)
    return dateline is not None and dateline.start("agency") == mention.start


# A description set off by commas after a name that says it is a body: "X, an anti-corruption
# group,", "X, the country's largest union,"; its words before the noun qualify it (no
# preposition: "X, a spokeswoman for the group," is a person).
# (not the words of a trade: "a mail carrier", "a news outlet")
_APPOSED_BODY = re.compile(r",\s+(?:a|an|the)\s+((?:[a-z][\w'’-]*\s+){0,3}?)(?:%s)\s*[,.;)]" % "|".join(sorted(
    ORG_ROLES - {"airline", "carrier", "outlet"} | {"charity", "movement", "union", "coalition", "alliance", "ngo"})))


def _apposed_body(text: str, end: int) -> bool:
    m = _APPOSED_BODY.match(text, end)
    return m is not None and not any(w in PREPOSITIONS or w in PERSON_ROLES or is_title(w)
                                     for w in m.group(1).split())


def _a_bodys_branch(mention: Mention, words: list[str], places) -> bool:
    """An acronym of a body before one English word names its service or branch: "BBC Urdu",
    "CBS Chicago"; not a tabloid's shouted word ("SIX Varnian"), a place ("KVL Arena"), nor
    initials before a surname ("RVK Varnik")."""
    acronym = mention.words[0]
    return (len(words) == 2 and len(acronym) > 2 and acronym.isupper() and mention.words[1].istitle()
            and words[0] not in places and not is_common_word(words[0]) and is_english_word(words[1])
            and words[1] not in PLACE_WORDS)


def _after_a_peoples_adjective(words: list[str], before: list[str], places) -> str:
    """The kind of a name a people's adjective opens, which is no one's: before a land's feature
    a place ("French Alps"), before a plural a group ("Russian Nazis"); "" for any other name
    ("the Norwegian Oto Varnik", a surname: "Kenyan Bell", a body: "the Scottish Government",
    "the Kenyan Rangers")."""
    if len(words) != 2 or not _demonym_place("", words[0], places):
        return ""
    if words[1] in PLACE_WORDS:
        return "place"
    plural = words[1].endswith("s") and not words[1].endswith("ss") and words[1] not in ORG_WORDS
    return "other" if plural and is_english_word(words[1]) and before[-1:] != ["the"] else ""


def _plain_name(words, kind: str = "person") -> Counter:
    """Two or three plain capitalised words, and nothing else saying what they name: most often a
    person (or, `_a_body`, an organisation)."""
    return Counter({kind: 1}) if len(words) in (2, 3) and all(w.isalpha() for w in words) else Counter()


def _vote_kind(mention: Mention, toks, first: int, last: int, text: str, places) -> None:
    """Evidence for the mention's kind from its words and its neighbours."""
    words = [fold(w) for w in mention.words]
    full = " ".join(words)
    before = [fold(t.text) for t in toks[max(0, first - 3):first]]
    after = fold(toks[last + 1].text) if last + 1 < len(toks) else ""
    votes = mention.kinds
    if full in places or full.replace(".", "") in places:
        votes["place"] += 3
    if any(w in ORG_WORDS for w in words) or tuple(words[-2:]) in RELIEF_BODIES:
        votes["org"] += 3
    if words[-1 - numbered(words)] in OTHER_WORDS or _names_an_event(words):
        votes["other"] += 4
    if numbered(words) and words[-2] in NUMBERED_PLACE_WORDS:
        votes["place"] += 3  # "Route 66"
    if len(words) > 1 and _plural_title(words[-1]):
        votes["org"] += 3  # a body of officers: "the Federal Marshals", "the Royal Commissioners"
    if words[-1] in PLACE_WORDS or (len(words) > 2 and words[0] in PLACE_WORDS and words[1] in _PLACE_LINKS):
        votes["place"] += 2  # "Harbour Road", and "Rue de la Paix", "Port of X" written the other way round
    if len(words) > 1 and words[0] in OPENS_A_PLACE and words[-1] not in _WHAT_IT_IS:
        votes["place"] += 2  # not "Mount Sinai Hospital", named after the place
    if len(words) > 1 and words[0] in COMPASS_POINTS and not any(is_english_word(w) for w in words[1:]):
        votes["place"] += 2  # a land's part: "North Varnistan", "South Tessaly" (not "the Northern Fleet")
    if mention.is_acronym and full not in places:
        votes["org"] += 2
    elif _a_bodys_branch(mention, words, places):
        votes["org"] += 3
    if mention.words[0].isupper() and len(mention.words[0]) > 3 and _DATELINE_END.match(text, mention.end):
        votes["place"] += 2
        votes[DATELINE] += 1
    # a title proper, not "former": that goes before what someone used to be part of too ("a
    # former Acme University player"); not before what a name's last word says it is ("St.
    # Anselm Hospital")
    if before and (holds_title(before[-1]) or before[-1] in PERSON_ROLES) and words[-1] not in _WHAT_IT_IS:
        votes["person"] += 3
    spaced = text[mention.end:mention.end + 1] == " "  # the word after is the next in the sentence
    if any(w in ORG_ROLES for w in before[-2:]) or (after in ORG_ROLES and spaced):
        votes["org"] += 2  # "the party X", and "the X party"
    elif after in _MEMBERS and len(words) > 1 and spaced:
        votes["org"] += 1  # "43 Civic Dawn deputies": a party (a region's, "Varnia deputies", is one word)
    if len(words) in (2, 3) and is_listed_given_name(words[0]) and words[0] not in places \
            and words[-1] not in _WHAT_IT_IS:
        votes["person"] += 3  # a known given name: "the company Oleksiy Varga" is a translation's apposition
    elif adjectived := _after_a_peoples_adjective(words, before, places):
        votes[adjectived] += 3
    if before and before[-1] in _PLACE_PREPOSITIONS:
        votes["place"] += 1
    if before[-2:-1] and before[-1] == "of" and before[-2] in PLACE_WORDS:
        votes["place"] += 2  # "the city of Izmir", "the province of Idlib"
    body = _a_body(words, before, after, text, mention.end)
    if after in _SPEECH and not (before and before[-1] in _PLACE_PREPOSITIONS):  # "police in X said": X is not who spoke
        votes["org" if body else "person"] += 2
    if text.startswith(")", mention.end) and _in_datelines_agency(text, mention):
        votes["org"] += 3  # a dateline's agency: "KELSA (Ardwire) —"
    aged = _AGE_AFTER.match(text, mention.end)
    if aged and 0 < int(aged.group(1)) <= OLDEST:
        votes["person"] += 2  # "said Lorna, 67," and "Jane Roe, 54, was charged": people have ages
    if _apposed_body(text, mention.end):
        votes["org"] += 3  # "Transparency Watch, an anti-corruption group, said"
    if len(words) > 1 and words[0] == _OPERATION:
        votes["other"] += 4  # a military or police operation's code name: "Operation Roulette"
    if not votes:
        votes.update(_plain_name(words, "org" if body else "person"))
