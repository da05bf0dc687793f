"""Measures with units and times of day, read as intervals.

A value written "2.4 miles" stands for anything that rounds to it (2.35–2.45 miles), "about
4:15 a.m." for a few minutes either way, "as many as seven" for at most seven, "at least
12" people for 12 or a little more (the figure known so far: another outlet's 15 is another),
"more than 12 miles" for any distance from 12 miles. Two values
disagree only when their intervals do not meet, so a rounded conversion ("3.86 km" / "2.4
miles") or an approximation ("about 4:15" / "4:12") agrees.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from tui.core.text import DECIMAL_COMMA, SPACED_THOUSANDS, number_value

# Words before a number that loosen it, and how: ± a share of it, or an upper or lower bound.
APPROXIMATE = ("about", "around", "roughly", "approximately", "nearly", "almost", "some", "approx",
               "close to", "just over", "just under", "more or less", "an estimated", "estimated")
AT_MOST = ("as many as", "up to", "as much as", "at most", "no more than", "fewer than", "less than",
           "under", "as high as")
AT_LEAST = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than", "no less than")
_APPROXIMATE_SHARE = 0.1
# A floor on a count ("at least 12 killed") is the figure known when it was written: it allows
# one more, or a tenth more, as "about" does, not any figure above it. A floor on anything else
# ("advanced more than 12 miles", "jailed for more than 10 years") allows any figure above it.
_FLOOR_REACH = 1.0
_ROUND_FLOOR = 100  # a floor of this many, or of a multiple of a larger power of ten, is a round word
_APPROXIMATE_MINUTES = 7  # "about 4:15" allows 4:08 to 4:22: two such 15 minutes apart differ, 10 apart do not
_HOUR_ROUNDING = 10  # a time told to the hour is rounded: "11 p.m." allows 10:50 to 11:10
# An hour something happened after or before ("shortly after 11 p.m.", "just before 11 p.m.")
# is a bound, not a time: 11:25 p.m. is shortly after 11 p.m. A time to the minute after these
# words is still the time ("shortly after 1:15 a.m.": minutes are not given for a bound).
# "Shortly", "just" and the like keep the time within an hour of it: "shortly before 11 p.m." is
# not 9:40 p.m.
_BOUND_BEFORE = re.compile(r"\b(?:(?P<near>shortly|just|soon|right)\s+)?(after|before)\s+$", re.I)
_LONGEST_BOUND = 20  # the most characters those words and the space after them take
_SHORTLY = 60
_DAY_END = 24 * 60

# unit word -> (dimension, how many of the base unit: metres, kilograms, km/h)
_UNITS = {
    **dict.fromkeys(("foot", "feet", "ft"), ("length", 0.3048)),
    **dict.fromkeys(("mile", "miles", "mi"), ("length", 1609.344)),
    **dict.fromkeys(("meter", "meters", "metre", "metres", "m"), ("length", 1.0)),
    **dict.fromkeys(("kilometer", "kilometers", "kilometre", "kilometres", "km"), ("length", 1000.0)),
    **dict.fromkeys(("yard", "yards", "yd"), ("length", 0.9144)),
    **dict.fromkeys(("inch", "inches", "in"), ("length", 0.0254)),
    **dict.fromkeys(("kilogram", "kilograms", "kg"), ("weight", 1.0)),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), ("weight", 1000.0)),
    **dict.fromkeys(("pound", "pounds", "lb", "lbs"), ("weight", 0.4536)),
    **dict.fromkeys(("knot", "knots"), ("speed", 1.852)),
    **dict.fromkeys(("mph",), ("speed", 1.609344)),
    **dict.fromkeys(("km/h", "kph"), ("speed", 1.0)),
}
_WORDLIKE_UNITS = ("m", "in")  # as likely words as units: units only with an adjective ("12-m-long")
# The adjective after a length says which length it is: a ship's length is not its height.
_LENGTH_KIND = {"long": "length", "high": "height", "tall": "height", "above": "height", "deep": "depth",
                "wide": "width", "below": "depth"}
# A length after "altitude of" says where something was, not how big it is: "a cruising altitude of
# 38,000 feet" is no descent "of 32,000 feet", nor a "3,100-metre-high" mountain's height.
_ALTITUDE_OF = re.compile(r"\b(?:altitude|elevation)\s+of\s+$", re.I)
_ALTITUDE_REACH = 14  # the characters "elevation of " and a space take

_LOOSENERS = "|".join(re.escape(w) for w in sorted(APPROXIMATE + AT_MOST + AT_LEAST, key=len, reverse=True))
_LONGEST_LOOSENER = 27  # the most characters loosening words, an "a" and the spaces after them take
# and "more than a dozen", whose "a" is the number's (not "pressure over a 410 million euro deal")
_LOOSENER_BEFORE = re.compile(rf"\b({_LOOSENERS})\s+(an?\s+)?$", re.I)
_A_NUMBER = re.compile(r"(?:dozen|hundred|thousand)\b", re.I)
# "over" as the particle of a verb, not "more than": "handed over 90 rifles".
_HANDED_OVER = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?\s+over\s+$", re.I)
# A bracket right before a measure makes it a conversion ("(186 m)"); only a few characters
# before each measure are read, as a sentence may be megabytes long.
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_REACH = 8
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{SPACED_THOUSANDS}|\d+(?:\.\d+)?"  # "4,000", "4 000", "4000.5"
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_MEASURE = re.compile(
    # a number is read from its first digit only: trying every digit of a long run as a start
    # made a 4,000-digit number cost seconds
    rf"(?:\b(?P<loose>{_LOOSENERS})\s+)?(?<![\d.,])(?P<num>{_NUMBER})\s?-?\s?(?P<unit>{_UNIT})\b"
    rf"(?:-(?P<adj>long|high|tall|deep|wide)|(?:\s*\([^()]{{1,40}}\))?\s+(?P<after>long|high|tall|deep|wide|above|below)\b)?",
    re.I,
)
# A time of day says a.m. or p.m. with the letters or with the part of the day after it: "8:15
# this morning", "2:40 in the night" (before dawn: a.m.), "10 at night", a translation's "7
# o'clock of the morning" and "10:15 of morning".
_CLOCK = (r"(?<![\d.,:])(?P<{0}h>\d{{1,2}})(?:[:.](?P<{0}m>[0-5]\d))?(?P<{0}oc>\s+o['’]clock)?"
          r"(?:\s?(?P<{0}ap>[ap])\.?\s?m\b\.?"
          r"|\s+(?:in\s+the|of(?:\s+the)?|this|at|last)\s+(?P<{0}day>morning|afternoon|evening|night)\b"
          r"|\s+(?P<{0}tonight>tonight)\b)?")
_DAWN = 6  # an hour "in the night" before this is after midnight
_LOCAL_TIME = re.compile(r"\s+(?:by\s+)?local\s+time\b", re.I)  # "at 10:25 local time": on the 24-hour clock
_AT_A_TIME = re.compile(r"\b(?:at|by|until|till|from|after|before|since)\s+$", re.I)  # "at 19:15", not a score
_TIME = re.compile(
    rf"\bbetween\s+{_CLOCK.format('a')}\s+and\s+{_CLOCK.format('b')}|"
    rf"(?:\b(?P<loose>{_LOOSENERS})\s+)?{_CLOCK.format('c')}",
    re.I,
)

# Times written in words, read as the figures they stand for, in as many characters so that
# offsets stay: "noon" is "12pm"; a translation's "at 15 hours" (not "for 15 hours") is "at 15:00",
# its "at 21.40 hours" "at 21:40" and its "at 4 hours 50 minutes" "at 4:50".
_CLOCK_WORDS = re.compile(r"(?:(?<=\bat )|(?<=\bby )|(?<=\bafter )|(?<=\bbefore )|(?<=\buntil )|(?<=\baround )"
                          r"|(?<=\babout ))(?:noon|midday)\b"  # not "midday prayers"
                          r"|(?<=\bat )(?:[01]?\d|2[0-3]) hours? [0-5]?\d minutes\b"  # "at 4 hours 50 minutes"
                          r"|(?<=\bat )(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)? hours?\b(?! old)"
                          # and "in 20.12 hours", "at 23.40 hour" (not "in 12 hours" nor "in 3.45 hours", spans of time)
                          r"|(?<=\bin )(?:1[3-9]|2[0-3])[.:][0-5]\d hours?\b(?! old)", re.I)
# Its words, looked for first: the pattern's look-behinds are tried at every character, and most
# sentences have none of them.
_CLOCK_WORD_HINT = re.compile(r"noon|midday|hour", re.I)


def _as_figures(m: re.Match) -> str:
    word = m.group()
    if word[0].isdigit():
        parts = word.split()
        clock = parts[0].replace(".", ":")
        if parts[-1].lower() == "minutes":
            clock = f"{clock}:{int(parts[-2]):02d}"
        clock = clock if ":" in clock else f"{clock}:00"
        return (clock + "pm" if clock.startswith("12:") else clock).ljust(len(word))  # the 24-hour clock's 12 is noon
    return "12pm".ljust(len(word))


# Both patterns above need a digit, and most sentences have none: a search for one is far
# quicker than trying the patterns' optional loosening words at every position.
_DIGIT = re.compile(r"\d")
# An earthquake's magnitude, its number written before the word or after it.
_MAGNITUDE = re.compile(
    r"(?<![\d.])(?P<before>\d(?:\.\d)?)[\s-]?magnitude\b(?![\s-]*\d)"
    r"|\bmagnitude[\s-]+(?P<after>\d(?:\.\d)?)(?!\d|\.\d)", re.I)  # not a count: "4 magnitude-5 aftershocks"
_QUAKE = re.compile(r"\b(?:earth)?quake\b|\btremor\b", re.I)  # the word a quake's magnitude stands beside
_QUAKE_REACH = 30  # characters either side of the magnitude


@dataclass(frozen=True, slots=True)
class Measure:
    dimension: str  # "length", "height", "speed", "time", …
    low: float  # the interval the words allow, in the dimension's base unit (minutes for a time)
    high: float
    start: int  # where it is written in the text
    end: int
    sized: bool = False  # an adjective says what size of a thing it is: "long", "high", "deep"


@lru_cache(maxsize=1 << 14)
def measures(text: str) -> tuple[Measure, ...]:
    """The measures with units the text gives, and a quake's magnitude, in the order written,
    leaving out conversions in brackets ("(186 m)").
    Cached: wire copy repeats a sentence in hundreds of articles."""
    if not _DIGIT.search(text):
        return ()
    out = []
    for m in _MEASURE.finditer(text):
        bracketed = _BRACKET_BEFORE.search(text, max(0, m.start() - _BRACKET_REACH), m.start())
        if bracketed or (m.group("unit") in _WORDLIKE_UNITS and not m.group("adj")):
            continue  # a conversion, or "m"/"in" that are as likely words as units
        dimension, scale = _UNITS[m.group("unit").lower()]
        adjective = (m.group("adj") or m.group("after") or "").lower()
        if dimension == "length":
            altitude = _ALTITUDE_OF.search(text, max(0, m.start() - _ALTITUDE_REACH), m.start())
            dimension = _LENGTH_KIND.get(adjective) or ("altitude" if altitude else "length")
        value = number_value(m.group("num"))
        if value is None:
            continue  # hundreds of figures: no measure, and infinity would disagree with itself
        low, high = loosen(value, half_step(m.group("num")), m.group("loose"))
        out.append(Measure(dimension, low * scale, high * scale, m.start(), m.end(), bool(adjective)))
    for m in _MAGNITUDE.finditer(text):  # a quake's: "a 7.1-magnitude quake", "magnitude 7.1"
        if not _QUAKE.search(text, max(0, m.start() - _QUAKE_REACH), m.end() + _QUAKE_REACH):
            continue  # an aftershock's, told apart from the quake's: "4 magnitude-5 aftershocks"
        number = m.group("before") or m.group("after")
        out.append(Measure("magnitude", *loosen(float(number), half_step(number), None), m.start(), m.end()))
    return tuple(sorted(out, key=lambda m: m.start))


@lru_cache(maxsize=1 << 14)
def times_of_day(text: str) -> tuple[Measure, ...]:
    """Clock times with a.m. or p.m., as minutes after midnight, to the minute or to the hour
    ("11 p.m."); "between 6:10 and 6:20" is a range; noon, and a translation's "at 15 hours"."""
    worded = {m.end(): m.start() for m in _CLOCK_WORDS.finditer(text)} if _CLOCK_WORD_HINT.search(text) else {}
    if worded:
        text = _CLOCK_WORDS.sub(_as_figures, text)
    if not _DIGIT.search(text):
        return ()
    out = []
    for m in _TIME.finditer(text):
        if m.group("ah"):
            if not (_half(m, "a") or _half(m, "b")):
                continue
            low, high, start = _minutes(m, "a", "b"), _minutes(m, "b", "a"), m.start()
        elif (m.group("cap") or (_half(m, "c") and _told_as_time(text, m)) or _on_a_day_clock(text, m)
              or any(start <= m.start("ch") < end for end, start in worded.items())):  # "in 20.12 hours"
            low, high, start = _one_time(text, m)
        else:
            continue  # "1.30" without a.m. or p.m. is as likely a score or a decimal
        out.append(Measure("time", low, high, start, _words_end(worded, m.end())))
    return tuple(out)


def _words_end(worded: dict[int, int], end: int) -> int:
    """The end of a time read from words (`_CLOCK_WORDS`: the figures' padding is no part of them)."""
    return next((e for e, s in worded.items() if s < end <= e), end)


def _one_time(text: str, m: re.Match) -> tuple[float, float, int]:
    """(low, high, start) of one clock time: "about 4:15" a few minutes either way; an hour
    after or before which something happened (_BOUND_BEFORE) from the hour to the day's end or
    from midnight to the hour (within _SHORTLY of it, "shortly after"), its words included; any
    other hour rounded (_HOUR_ROUNDING)."""
    at, loose = _minutes(m, "c", "c"), (m.group("loose") or "").lower()
    if loose in APPROXIMATE:
        return at - _APPROXIMATE_MINUTES, at + _APPROXIMATE_MINUTES, m.start()
    if not (loose or m.group("cm")):
        bound = _BOUND_BEFORE.search(text, max(0, m.start() - _LONGEST_BOUND), m.start())
        if bound:
            reach = _SHORTLY if bound.group("near") else _DAY_END
            after = bound.group(2).lower() == "after"
            low, high = (at, min(at + reach, _DAY_END)) if after else (max(0, at - reach), at)
            return low, high, bound.start()
    low, high = loosen(at, 0.5 if m.group("cm") else _HOUR_ROUNDING, loose)
    return low, high, m.start()


def is_unit(word: str) -> bool:
    """A unit of a measure this module reads: "miles", "kg", "knots"; not "in" or "m"."""
    return word.lower() in _UNITS and word.lower() not in _WORDLIKE_UNITS


def loosener_before(text: str, start: int) -> str | None:
    """The loosening words ("about", "as many as") right before offset `start`, if any."""
    m = _loosening(text, start)
    return m.group(1).lower() if m else None


def loosened_from(text: str, start: int) -> int:
    """Where the loosening words right before offset `start` begin ("At least 12"), else `start`."""
    m = _loosening(text, start)
    return m.start() if m else start


def _loosening(text: str, start: int) -> re.Match | None:
    """Only the few characters looseners take are read: a sentence may be megabytes long."""
    window = max(0, start - _LONGEST_LOOSENER)
    m = _LOOSENER_BEFORE.search(text, window, start)
    if m is None or (m.group(2) and not _A_NUMBER.match(text, start)):
        return None
    return None if _HANDED_OVER.search(text, window, start) else m


def loosen(value: float, half_step: float, loosener: str | None, count: bool = False) -> tuple[float, float]:
    """The interval a value stands for: its rounding, widened or bounded by the word before it;
    a floor on a `count` reaches only a little above it (_FLOOR_REACH), unless it is round (`_round_step`)."""
    word = (loosener or "").lower()
    if word in APPROXIMATE:
        spread = max(half_step, value * _APPROXIMATE_SHARE)
        return value - spread, value + spread
    if word in AT_MOST:
        return 0.0, value + half_step
    if word in AT_LEAST:
        reach = max(_FLOOR_REACH, value * _APPROXIMATE_SHARE, _round_step(value))
        return value - half_step, value + reach if count else math.inf
    return value - half_step, value + half_step


def _round_step(value: float) -> float:
    """How far a floor in round hundreds reaches: "more than 100" wounded is no figure known so
    far but a round word for 112 or 160, up to the next hundred's worth; 0 for other figures."""
    step = 1
    while value >= step * 10 and value % (step * 10) == 0:
        step *= 10
    return step if step >= _ROUND_FLOOR else 0


def bound_of(loosener: str | None) -> str:
    """"floor" for a word that puts a floor under a value ("at least"), "ceiling" for one that
    caps it ("up to"), else ""."""
    word = (loosener or "").lower()
    return "floor" if word in AT_LEAST else "ceiling" if word in AT_MOST else ""


def half_step(number: str) -> float:
    """Half the last written digit: "2.4" (or "2,4") rounds from 2.35, "610" from 609.5."""
    decimals = len(number.partition("," if DECIMAL_COMMA.match(number) else ".")[2])
    return 0.5 * 10 ** -decimals


def _half(m: re.Match, which: str) -> str | None:
    """"a" or "p" for the time `which` of a match, as its letters or its part of the day say."""
    if m.group(which + "ap"):
        return m.group(which + "ap").lower()
    day = (m.group(which + "day") or m.group(which + "tonight") or "").lower()
    if day in ("night", "tonight"):
        hour = int(m.group(which + "h"))
        return "a" if hour < _DAWN or hour == 12 else "p"  # "12 at night" is midnight
    return {"morning": "a", "afternoon": "p", "evening": "p"}.get(day)


def _told_as_time(text: str, m: re.Match) -> bool:
    """A figure before a part of the day is a time with its minutes or after a word of time
    ("8:15 this morning", "at 7 this morning"); "police detained 5 this morning" counts."""
    return bool(m.group("cm") or m.group("coc")) or _after_time_word(text, m)


def _after_time_word(text: str, m: re.Match) -> bool:
    at = m.start("ch")
    return bool(m.group("loose")) or _AT_A_TIME.search(text, max(0, at - 8), at) is not None


def _on_a_day_clock(text: str, m: re.Match) -> bool:
    """A time told on the 24-hour clock, with a colon or a dot (`_dotted_time`), after a word
    that says a time follows ("at 19:15", "around 19:15"; "peaked at 19.25 percent" is a figure),
    inside a sentence (opening one, it is a live blog's time of posting: "16:05 – The toll has risen"): past noon,
    or with a leading zero ("at 04:30"), or before "local time" ("at 10:25 local time", "at 5:40
    by local time": news that writes no a.m. or p.m. there writes the 24-hour clock)."""
    hour = m.group("ch")
    return (bool(m.group("cm")) and (text[m.end("ch")] == ":" or _dotted_time(text, m))
            and (13 <= int(hour) <= 23 or hour.startswith("0") or _LOCAL_TIME.match(text, m.end()) is not None)
            and bool(text[:m.start("ch")].strip()) and _after_time_word(text, m))


def _dotted_time(text: str, m: re.Match) -> bool:
    """Whether a translation's 24-hour time with a dot is one ("at about 13.40, when …", "at 13.40
    near the village"): a clause's end or a word of when or where after it, not a unit ("peaked at
    19.25 percent", "closed at 13.40 euros"), and no price's or rate's word before it ("shares
    closed at 13.40 on Tuesday", "the rate stood at 15.50")."""
    return _CLOCK_AFTER_DOT.match(text, m.end()) is not None and not _PRICED.search(
        text, max(0, m.start() - _PRICED_REACH), m.start())


_PRICED = re.compile(r"\b(?:shares?|stocks?|index|prices?|priced|rates?|currency|exchange|barrel|litre|traded|"
                     r"trading|worth|cost)\b[^.,;]*$", re.I)
_PRICED_REACH = 40  # how many characters before such a time its price's word is read in
_CLOCK_AFTER_DOT = re.compile(
    r"\s*(?:[,;:)]|\.(?!\d)|$|(?:when|while|on|in|at|near|by|and|as|after|before|local|hours?|hrs)\b)", re.I)


def _minutes(m: re.Match, which: str, other: str) -> float:
    """Minutes after midnight; one time of a range may take the other's a.m. or p.m."""
    half = _half(m, which) or _half(m, other)
    hour = int(m.group(which + "h"))
    hour = hour if hour > 12 else hour % 12 + (12 if half == "p" else 0)  # 19:15 is past noon already
    return hour * 60 + int(m.group(which + "m") or 0)
