"""Normalisation shared by alignment, agreement and entities: tokens, stems, numbers, name keys."""

from __future__ import annotations

import math
import re
from pathlib import Path
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

_stemmer = snowballstemmer.stemmer("english")

_UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
         if w != "_"}
# An age in words is two words, as one in figures is: "seven-year-old" reads as "7-year-old" does.
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))  # longest first: "seventeen" before "seven"
_AGE_IN_WORDS = rf"(?i:(?:{'|'.join(_TENS)})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS})(?=-years?-old\b)"
# A number written with its thousands apart, as many languages (and their translations) do:
# "250 000", with a space, a no-break space or a thin one.
_THOUSANDS_GAP = "[ \u00a0\u2009\u202f]"
SPACED_THOUSANDS = rf"\d{{1,3}}(?:{_THOUSANDS_GAP}\d{{3}})+(?![\d,.])"
# An ordinal ("7th") is one word, not the number 7 and a word "th": it counts nothing.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:st|nd|rd|th)\b|(?P<spaced>" + SPACED_THOUSANDS
                   + r")|\d[\d,.]*\d%?|\d%?|" + _AGE_IN_WORDS
                   + r"|[^\W\d_]+(?:['’-][^\W\d_]+)*")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just let me
    more most my myself no nor not now of off on once only or other our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say according told tells per via amid among
    including while whose since still yet however meanwhile reportedly also one""".split()
)

# General news paraphrase: words a wire and a rewrite use for the same thing. Not built from
# any corpus; each group maps to its first word. Groups that named one story's things (an
# airline "carrier", military "drills", aircraft "components") are gone: without them neither
# development set nor ten real events scored otherwise.
_PARAPHRASES = [
    "release free freed liberate unshackle",
    "prisoner detainee inmate captive",
    "ease relax lift loosen relief relaxation easing",
    "repair mend improve restore rebuild normalize normalise",
    "relations ties relationship",
    "talks negotiations negotiate",
    "deal agreement accord pact",
    "travel cross enter arrive",
    "country nation",
    "leader head chief",
    "kill die dead death",
    "arrest detain detention jail imprison imprisonment",
    "attack assault",
    "journalist reporter",
    "urge appeal request",
    "rule reign govern",  # not "power": a ship or a town loses power, no rule
    "large big huge",
    "individual people person persons",
    "percent per-cent %",
    "opponent critic dissident",
    "buy purchase acquire procure",
    "border frontier",
    "president presidential",
]


# Titles and roles: capitalised before a name, but words, not names.
TITLES = frozenset(
    """president vice prime minister secretary chancellor premier king queen prince princess pope
    senator sen rep representative governor gov mayor general gen colonel col lieutenant captain
    admiral sergeant judge justice ambassador envoy chief director chairman chairwoman chair
    speaker spokesman spokeswoman spokesperson leader commander officer sheikh emir sultan
    mr mrs ms mister madam dr prof professor sir lord lady dame saint st rev reverend father sister
    former acting interim deputy foreign defence defense interior attorney sheriff detective prosecutor
    commissioner inspector superintendent trooper constable marshal pm mp
    corporal brigadier cpl sgt pte lt capt maj ceo""".split()
)
# Words that say whether a title holds: "former President" contradicts "President". Words that
# only describe ("exiled leader", "jailed leader") do not, and are not here.
TITLE_QUALIFIERS = frozenset({"former", "ex", "late", "outgoing", "incoming", "then", "elect", "ousted", "deposed",
                              "toppled", "self-proclaimed", "disputed"})
# Qualifiers that say one thing: "ex-mayor", "ousted mayor" and "former mayor" all no longer hold the title.
NO_LONGER = {"ex": "former", "ousted": "former", "deposed": "former", "toppled": "former"}
# Words that make a title more specific, not another one: a "deputy envoy" is an envoy still.
TITLE_SPECIFIERS = frozenset({"deputy", "vice", "acting", "interim", "assistant", "senior", "special", "chief"})


def holds_title(word: str) -> bool:
    """A title proper ("president"), not a word that says whether it holds ("former") or how
    specific it is ("deputy"); folded."""
    return word in TITLES and word not in TITLE_QUALIFIERS and word not in TITLE_SPECIFIERS


def is_title(low: str) -> bool:
    """A folded word that titles a person: "president", and hyphenated "ex-president",
    "president-elect", "vice-president"."""
    return low in TITLES or any(part in TITLES for part in hyphen_parts(low))


def hyphen_parts(low: str) -> list[str]:
    """A folded word's hyphenated parts: ex-president -> ex, president."""
    return _HYPHEN.split(low)


_HYPHEN = re.compile(r"[-‐]")


# Where a story was filed from, opening its first sentence: "OSLO, Norway (AP) — ",
# "WASHINGTON (Reuters) - ", "LVIV, Ukraine, March 3 (Reuters) - ", "LYON: ".
DATELINE_AT_START = re.compile(r"[A-Z][A-Z .'’-]{2,}[A-Z](?:,\s+[A-Z][\w.'’ -]*?){0,2}"
                               r"(?:\s+\((?P<agency>[\w .]+)\))?\s*[—–:-]\s+")
# Verbs that report speech: "Doe said", "said Doe", "told reporters".
SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "stated", "noted", "wrote", "tweeted", "posted",
                          "explained", "insisted", "declared", "announced", "recalled", "warned", "called",
                          "described", "replied", "remarked", "commented", "countered", "fumed", "raged",
                          "sobbed"})  # not "admitted", "vowed": they take an object ('admitted "dangerous driving"')
# A tabloid's speech verbs, which are other verbs too ("slammed into the shelter", "snapped
# pictures"): they credit a speaker only right after the quotation ('"…," Jane Doe blasted').
TABLOID_SPEECH_VERBS = frozenset({"crowed", "boasted", "blasted", "slammed", "thundered", "gushed", "snapped",
                                  "sneered"})
ARTICLES = frozenset({"a", "an", "the"})
# The words for the members of a parliament, which news uses for one another when it counts them
# ("43 deputies" / "43 lawmakers") and writes after their party's name ("43 Civic Dawn deputies").
PARLIAMENTARIANS = "deputies lawmakers legislators mps parliamentarians"
DETERMINERS = ARTICLES | {"this", "that", "these", "those", "its", "their", "his", "her", "our"}
NEGATIONS = frozenset({"not", "never"})  # words that deny the verb or word after them
CONTRACTED_NOT = ("n't", "n’t")  # the denial written onto an auxiliary: "wasn't", "didn’t"
OLDEST = 120  # a number between commas after a name is an age only up to this: "Jane Roe, 54,"
BE_NOW = frozenset({"is", "are"})  # the present of "be": "is not closed" is not what "was closed" said
BE = BE_NOW | {"was", "were", "be", "been", "being"}
HAVE = frozenset({"has", "have", "had"})
RELATIVES = frozenset({"who", "which", "that"})  # before a verb, they open a clause of another act
RELATIVE_OPENERS = RELATIVES | {"whom", "whose", "where"}  # the first word of a relative clause
# Before a noun, they make it the object of something else: "the leader of the rebels".
PREPOSITIONS = frozenset("""of in at on from with for by to into about over under after before than near during inside
outside throughout despite across through within without against behind beside beyond toward towards around amid
among upon via onto between""".split())


def is_adverb(word: str) -> bool:
    """A folded word in -ly made from an English word ("immediately", "seriously", "easily"),
    not a noun that ends so ("family", "rally", "ally")."""
    if not word.endswith("ly") or len(word) < 5:
        return False
    base = word[:-3] + "y" if word.endswith("ily") else word[:-2]
    return is_english_word(base)


MONTHS = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def stem(word: str) -> str:
    return _stem(word.casefold())


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    s = _stemmer.stemWord(word)
    return _PARAPHRASE_OF.get(word, s)


def _inflections(word: str) -> set[str]:
    """A word's regular inflections: the paraphrase lexicon maps these, not every word that
    happens to share a stem with its entries ("reporter" is not "reported", "nation" not
    "national")."""
    stem_e = word[:-1] if word.endswith("e") else word
    forms = {word, word + "s", word + "es", word + "ed", word + "d", stem_e + "ing", stem_e + "ed"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


_PARAPHRASE_OF: dict[str, str] = {}  # an inflected word of the lexicon -> its group's stem
_SYNONYM: dict[str, str] = {}  # a lexicon word's stem -> its group's stem (for word frequencies)
for _group in _PARAPHRASES:
    _words = _group.split()
    _head = _stemmer.stemWord(_words[0])
    for _w in _words:
        _SYNONYM[_stemmer.stemWord(_w)] = _head
        _PARAPHRASE_OF.update(dict.fromkeys(_inflections(_w), _head))

# "3 million people", "$1.2 billion": a number followed by one of these is that many times larger.
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "bn": 10**9, "tn": 10**12, "mln": 10**6, "bln": 10**9}  # a translation's "36 mln. ducats"


# One comma before one or two digits is a decimal comma ("2,4 million" in a translation): a
# thousands separator is followed by three.
DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_THOUSANDS_SPACE = re.compile(_THOUSANDS_GAP)


DOZEN = 12
# Words before a role that say how sure its holder is, not which one of several holds it:
# "the suspected gunman", "the alleged attacker" (unlike "the first", "the former", "the wounded").
UNDISTINGUISHING = frozenset({"suspected", "alleged", "accused", "presumed", "lone"})
# Words for a settlement or a land that "of" and its name follow: "the village of Merrow".
SETTLEMENTS = frozenset("village town city hamlet community country nation island district municipality".split())
_AND_A_HALF = "-and-a-half"


def number_value(token: str) -> float | None:
    """47, 1,300, 3.5, 4%, forty-seven, twelve, dozen, five-and-a-half -> their value; anything else None."""
    t = token.casefold().rstrip("%")
    if t and t[0].isdigit():
        t = _THOUSANDS_SPACE.sub("", t)
        digits = t.replace(",", ".") if DECIMAL_COMMA.match(t) else t.replace(",", "")
        try:
            value = float(digits) if "." in digits else int(digits)
            return value if math.isfinite(value) else None
        except (ValueError, OverflowError):  # not a number; over 4,300 digits; past a float's ~1e308
            return None
    if t == "dozen":
        return DOZEN
    whole, and_a_half, _ = t.partition(_AND_A_HALF)
    if and_a_half and not _:  # "five-and-a-half"
        value = number_value(whole)
        return None if value is None else value + 0.5
    parts = t.replace("’", "-").split("-")
    if len(parts) > 2:
        return None
    total = 0
    for p in parts:
        if p in _UNITS:
            total += _UNITS[p]
        elif p in _TENS:
            total += _TENS[p]
        else:
            return None
    return total


class Token(NamedTuple):
    text: str
    start: int
    end: int


@lru_cache(maxsize=1 << 15)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of a text with their offsets. Cached: alignment, names and mentions all read
    the same sentences; compare() clears the cache when it is done."""
    out: list[Token] = []
    for m in TOKEN.finditer(text):
        if m.lastgroup == "spaced" and out and out[-1].text[:1].isupper():
            # after "May", "Route", "Flight": a day or a number, then a count ("On May 12 300 people")
            at = m.start()
            out.extend(Token(g.group(), at + g.start(), at + g.end()) for g in _DIGITS.finditer(m.group()))
        else:
            out.append(Token(m.group(), m.start(), m.end()))
    return tuple(out)


_DIGITS = re.compile(r"\d+")


POSSESSIVE_ENDINGS = ("'s", "’s")
# The marks a bullet opens with: "- Six held", "• Six held"
BULLET_MARKS = "-•*–—·"


def strip_possessive(word: str) -> str:
    if not word.endswith(("s", "'", "’")):  # most words: one look in C, not four
        return word
    for suffix in (*POSSESSIVE_ENDINGS, "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics: Ramanauskienė -> ramanauskiene, Kołwani -> kolwani."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_STROKED)


# Letters whose stroke Unicode does not decompose into a letter and a mark: Polish ł, Danish ø,
# Croatian đ, Turkish dotless ı.
_STROKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i"})


# The time that opens a live page's entry: "20:30 Police say…", "18.20 – Protesters…", "9.45am".
LIVE_STAMP = re.compile(r"(\d{1,2})[:.](\d{2})(?:\s*[ap]\.?m\.?)?\s*[-–—]?\s*(?=[A-Z])")  # hours, minutes


@lru_cache(maxsize=8)  # a sentence's numbers or claims are read one after another, each asking this
def match_bounds(pattern: re.Pattern, text: str) -> tuple[float, float]:
    """Where the pattern's first match in the text ends and where its last starts (infinity and
    minus infinity without one): whether one stands before or after an offset, read once a
    sentence, not searched again for each of its numbers (a line may be megabytes)."""
    first = last = None
    for match in pattern.finditer(text):
        first = first or match
        last = match
    return (first.end(), last.start()) if first else (math.inf, -math.inf)


def past_spaces_before(text: str, at: int) -> int:
    """Offset `at`, moved back past the whitespace before it: what ends there is looked at
    without copying all that comes before (a sentence may be megabytes)."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def live_entry(text: str) -> int:
    """Where the words of a live page's entry start, past its time ("20:30 Guard Jane Doe…": 6);
    0 when the text opens on no time."""
    stamp = LIVE_STAMP.match(text)
    return stamp.end() if stamp else 0


# Romanisations of one Slavic, Baltic or Arabic name differ in a few regular ways; the key
# collapses them. Order matters: longer patterns first.
_TRANSLIT = [
    (r"^(al|el|ul)[-‐ ]", ""),
    # German ue, oe and ae for ü, ö and ä between consonants, a vowel still to come: Duesseldorf,
    # Düsseldorf; Koenig, König (not Michael, Michal; Maes, Mas; Boel, Bol; Buell, Bull)
    (r"(?<=[^aeiou])([uoa])e(?=[^aeiou]+[aeiou])", r"\1"),
    # a hard c is a k (Korvale, Corvale); Polish cz and sz are ch and sh, a final Hungarian or
    # Polish sz an s (Halász, Halas; Tomasz, Tomas); Serbo-Croat ij is i
    (r"c(?=[aou])", "k"), ("cz", "ch"), (r"sz$", "s"), ("sz", "sh"), ("ij", "i"),
    ("tsch", "ch"),  # German tsch is ch: Maritsch, Marić
    (r"(?<=\w{3}[aeiouy])tch$", "c"),  # French tch for a final ć: Belitch, Belić (not Fitch)
    (r"(?<=[aeiouy])ch$", "c"),  # Kovach, Kovač; Petrovich, Petrović, Petrovych; not Fitch (Fitz)
    # a final š written sh: Milosh, Miloš; Vukash, Vukaš; Kalninsh, Kalniņš; not in a short name (Dash,
    # Das) nor after an i (Parrish, Paris)
    (r"(?<=\w{3}[^i])sh$", "s"),
    (r"^ch(?=[aeiou]\w{3})", "h"),  # a German Ch for a Kh or an H opening a long name (Chalvik, Halvik; not Chan)
    ("shch", "sh"), ("sch", "sh"), ("zh", "z"), ("kh", "h"), ("gh", "g"), ("tch", "ch"), ("tz", "c"), ("ts", "c"),
    ("ks", "x"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("ou", "ov"), ("ow", "ov"), ("iy", "i"), ("yi", "i"),
    (r"^j(?=u)", "i"),  # a Slavic j is a y before the vowels that read y with it: Jurak, Yurak
    # a j after a consonant before a or u is the y of ya and yu: Brunjak, Bruniak; Kostjuk, Kostiuk
    # (not after l: Miljan is not Milan)
    (r"(?<=[bcdfghkmnprstvz])j(?=[au])", "i"),
    ("ia", "ya"), ("ie", "e"), ("ye", "e"), ("yo", "e"), ("yu", "u"), ("iu", "u"), ("ya", "a"), ("y", "i"),
    ("j", "i"), ("ey", "ei"), ("ai", "ei"), ("ee", "i"), ("oo", "u"), ("q", "k"), ("dh", "d"), ("th", "t"),
    # Ukrainian and Czech h for Russian g (Luhansk, Lugansk; Solnohrad, Solnograd); an h before a
    # vowel that opens a long name is often dropped (Hovanov, Ovanov; not Hart, Art)
    (r"(?<=[aeiou])h(?=[aeiour])", "g"), (r"^h(?=[aeiou]\w{4})", ""),
    (r"^h(?=[rl])", "g"),  # and before r or l that opens a name (Hrytsenko, Gritsenko; Hlinka, Glinka)
    (r"^ie", "e"),  # a Slavic je- or ye- that opens a name is e- too (Jelena, Yelena, Elena; so Jean, Ean)
    (r"z$", "c"),  # a German z is a Slavic c: Lorenz, Lorenc
]
_TRANSLIT = [(re.compile(pattern), repl) for pattern, repl in _TRANSLIT]  # read for every new name: compiled once
_DOUBLE = re.compile(r"(.)\1+")
_DOUBLE_CONSONANT = re.compile(r"([^aeiouy])\1+")
_VOICED = re.compile(r"(?<=[aeiou])s(?=[aeiou])")  # an s between vowels is voiced: Morosan, Morozan


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A key on which romanisations of one name meet: Tsirkhalouskaya, Tirkhalovskaya -> one key."""
    # double consonants are one before the length of a name is weighed (Hollin, Holin); double
    # vowels are read by the patterns (Ardmoor, Ardmur), and the doubles they make are one after them
    key = _DOUBLE_CONSONANT.sub(r"\1", fold(name))
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    key = _VOICED.sub("z", _DOUBLE.sub(r"\1", key))  # once doubles are one: Kessel, Kesel, Kezel
    return re.sub(r"[^a-z]", "", key)


# Romanisations of one given name (East Slavic languages, English; Arabic).
_GIVEN_NAMES = [
    "ihar igor ihor igar",
    "siarhei sergei sergey serhiy serhii sergej",
    "sviatlana svetlana svitlana",
    "mikalai mikola mykola nikolai nikolay nicholas",
    "aliaksandr alexander aleksandr oleksandr alexandr aleksander",
    "uladzimir vladimir volodymyr wladimir",
    "dzmitry dmitry dmitri dmytro dmitriy dmitar",
    "yury yuri yuriy jury juri",
    "andrei andrey andriy andrij",
    "aliaksei alexei alexey oleksiy aleksei",
    "maryia maria mariya",
    "volha olga olha",
    "tatsiana tatiana tetiana tatyana",
    "yauhen evgeny yevgeny yevhen evgeni",
    "viktar viktor victor",
    "kiryl kirill kyrylo",
    "mikhail mikhas mykhailo mikhael",
    "hanna anna ganna",
    "iryna irina irena",
    "natallia natalia nataliya natalya",
    "katsiaryna ekaterina kateryna yekaterina",
    "yulia yuliya julia",
    "leanid leonid",
    "raman roman",
    "anatol anatoly anatoliy anatolii",
    "uladzislau vladislav vladyslav",
    "pavel pavlo paval pawel",
    "tomas tomasz tomash thomas",
    "oleg oleh aleh",
    "halyna galina halina",  # Ukrainian h for Russian g opening a name, where the key drops an h
    "hennadiy gennady gennadiy hennadii",
    "hryhoriy grigory grigoriy hryhorii",
    "heorhiy georgy georgiy heorhii",
    "hlib gleb",
    "henrik genrikh genrik heinrich",  # a Germanic H written G as Russian renders it
    "stefan stepan stjepan stephan stiepan",
    "bohdan bogdan",
    "yaroslav jaroslav jaroslaw",
    "ilya ilja ilia ilija illia",
    "kseniya ksenia ksenija xenia",
    "piotr pyotr petr petro petar",
    "mohammad mohammed muhammad mohamed mohamad",
    "ahmad ahmed",
    "hussein husain hussain husayn",
    "abdullah abdallah",
    "osama usama",
    "omar umar",
    "yusuf youssef yousef",
]
_GIVEN_NAME_KEY = {name: group.split()[0] for group in _GIVEN_NAMES for name in group.split()}


@lru_cache(maxsize=1)
def _given_name_by_sound() -> dict[str, str]:
    """A listed romanisation's transliteration key, and that of it with its o said as a -> its
    given name's key, for the keys of one given name only: "Oleksij" is written as "Oleksiy"
    sounds, "Tamash" as "Tomash"."""
    keys: dict[str, set[str]] = {}
    for name, key in _GIVEN_NAME_KEY.items():
        for sound in {translit_key(name), translit_key(name.replace("o", "a"))}:  # Slavic o as a: Tamash
            keys.setdefault(sound, set()).add(key)
    return {sound: next(iter(k)) for sound, k in keys.items() if len(k) == 1}


def is_listed_given_name(name: str) -> bool:
    """A given name in one of its listed romanisations, as written (not by sound: "Ghana" is no Hanna)."""
    return fold(name) in _GIVEN_NAME_KEY


# Lithuanian gives a borrowed given name a nominative ending: Aleksandras, Igoris, Sergejus.
_LITHUANIAN_ENDINGS = ("us", "as", "is")
_SHORTEST_STEM = 4  # letters left once the ending is off: "Igoris" is Igor, "Tomas" no Tom


def given_name_key(name: str) -> str | None:
    """The shared key of a given name's romanisations (Ihar, Igor -> ihar; Oleksij as Oleksiy;
    Aleksandras as Aleksandr), or None if unknown."""
    key = _given_name_key(name)
    if key is None and fold(name).endswith(_LITHUANIAN_ENDINGS) and len(name) - 2 >= _SHORTEST_STEM:
        key = _given_name_key(name[:-2])
    return key


def _given_name_key(name: str) -> str | None:
    return _GIVEN_NAME_KEY.get(fold(name)) or _given_name_by_sound().get(translit_key(name))


# The abbreviations of US states as American news style writes them after a town ("Fresno,
# Calif."): read as the state there (mentions.py), and a sentence may end on one (segment.py).
US_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon",
    "pa": "Pennsylvania", "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "wis": "Wisconsin", "wyo": "Wyoming",
}

# Surnames shaped like these are romanised from an East Slavic language, where one
# name is spelled with o or a (Marenkova, Marenkava) and with Ts- or T- (Tsvilovskaya,
# Tvilovskaya). Hansen and Hanson are not shaped like them, and stay two names.
_SLAVIC_ENDINGS = ("ova", "ava", "eva", "ina", "yna", "aya", "skaya", "ska", "ski", "sky", "skiy", "skyy", "skyi", "skii", "ich", "vic",
                   "vich", "enko", "uk", "chuk", "ov", "ev", "av", "in", "yn", "ets", "uts",
                   # the key's -ec (for -ets, -ec and, alike in every spelling, Spanish -ez) and Polish -icz:
                   # Hrabowec, Hrabovets; Sokolicz, Sokolich
                   "ec", "icz")


@lru_cache(maxsize=1 << 14)
def name_key(word: str) -> str:
    """The one key on which spellings of a name word meet: romanisations (transliteration
    key, Slavic o/a and Ts/T), dots (U.S.), an acronym's plural (GIs). The names' clustering
    joins on it, and alignment and divergences compare a name by it."""
    if len(word) > 2 and word[:-1].isupper() and word.endswith("s"):
        word = word[:-1]  # an acronym's plural: GIs
    if any(c.isdigit() for c in word):
        return fold(word.replace(".", ""))  # a code's number is its point: "M6" is not "M1"
    key = translit_key(word.replace(".", "")) or fold(word)
    if len(key) >= 6 and (fold(word).endswith(_SLAVIC_ENDINGS) or key.endswith(_SLAVIC_ENDINGS)
                          or word.endswith(("ć", "č"))):  # Welkow is Velkov
        key = ("t" + key[1:] if key.startswith("c") else key).replace("o", "a")
    return key


_ZIPF_TABLE = Path(__file__).resolve().parent / "data" / "english_zipf.txt"


@lru_cache(maxsize=1)
def _zipf_by_stem() -> dict[str, float]:
    table: dict[str, float] = {}
    with open(_ZIPF_TABLE, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                zipf, _, stems = line.partition("\t")
                table.update(dict.fromkeys(stems.split(), float(zipf)))
    for raw, head in _SYNONYM.items():  # a paraphrase group is as common as its commonest word
        if raw in table:
            table[head] = max(table.get(head, 0.0), table[raw])
    return table


_COMMON = 5.0  # the Zipf frequency of an everyday word: 10 uses per million words
_ENGLISH = 3.0  # of a word English has at all: one use per million (firefighters 3.6)


# Acts news tells in the past whose past does not end in -ed, or is too short for the rule,
# each with its present: "fled" and "did not flee" tell one act.
_PAST_ACTS = dict(pair.split("/") for pair in """struck/strike hit/hit fell/fall sank/sink left/leave
began/begin took/take came/come went/go made/make held/hold met/meet won/win lost/lose broke/break rose/rise
shot/shoot fled/flee ran/run caught/catch burnt/burn built/build drove/drive flew/fly froze/freeze gave/give
grew/grow hung/hang led/lead paid/pay put/put quit/quit sent/send set/set shut/shut sold/sell spoke/speak
stole/steal stood/stand swept/sweep threw/throw tore/tear woke/wake wrote/write died/die""".split())


def past_tense(word: str) -> bool:
    low = fold(word)
    return (low.endswith("ed") and len(low) > 4) or low in _PAST_ACTS


def present_of(word: str) -> str:
    """A folded word's present if it is an irregular past ("fled" -> "flee"), else the word."""
    return _PAST_ACTS.get(word, word)


def is_common_word(word: str) -> bool:
    """An everyday English word (however, despite, among), not likely a name on its own."""
    return _zipf_by_stem().get(stem(word), 0.0) >= _COMMON


def is_english_word(word: str) -> bool:
    """A word English uses, however rarely: a surname such as Orlenko is not one."""
    return _zipf_by_stem().get(stem(word), 0.0) >= _ENGLISH


def specificity(stem_: str) -> float:
    """How much a shared word says, 0.2 (the commonest English words) to 1 (rare words):
    "provide" or "certain" shared by two sentences says less than "airline" does."""
    zipf = _zipf_by_stem().get(stem_, 0.0)
    return min(1.0, max(0.2, (6.5 - zipf) / 2.5))
