"""Divergences of quantities: on matching sentences, a count, a sum, an age, a date, a time
of day or a condition given differently (`slots.py` reads them); anywhere in the corpus, a
measure of one thing with its unit given differently (`measures.py`).

All the values given for one slot, by every article, make one divergence: sentences that
disagree on it are joined, and so are those that agree with one of them.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import NamedTuple

from tui.core.align import MATCH, VOUCHING, Alignment
from tui.core.clauses import clause_tokens
from tui.core.entities import Names
from tui.core.features import (TokenFeatures, holds_number, holds_word, holds_year, is_quantity, is_word, name_runs,
                               tokens_within)
from tui.core.model import Mention, Ref
from tui.core.measures import Measure, bound_of, loosen, measures, times_of_day
from tui.core.predicates import is_named_fate, may_tell_a_fate, named_act, predicates
from tui.core.roles import Roles
from tui.core.sides import Components, Found, Side, agreeing_groups, by_value, diverging, mention_at
from tui.core.slots import (AGE, CROWD, MONEY, NAMED_AGE, NAMED_TERM, PEOPLE, SPAN, SUM_ACTS, SUM_KINDS, SUM_SIGNS,
                            TALLY, TALLY_SMALLER, TENURE, TERM, TIME_ZONES, TURNOUT,
                            Slot, counts_anyone, counts_everyone, counts_people, dated_act, fate_of, is_named_date,
                            may_date, may_give_a_term, may_give_an_age, sentence_slots)
from tui.core.text import (LIVE_STAMP, MONTHS, SPEECH_VERBS, WEEKDAYS, fold, is_adverb, is_title, past_spaces_before,
                           stem)

_GROUP = 5  # "one" beside a count this large picks a member out of the group
# Two tallies of one vote count about as many voters, some absent or abstaining ("52-48" and
# "51-49"); "7-2" beside "52-48" are the votes of a committee and of the whole house.
_SAME_BODY = 1.25
# Two measures of one dimension this close (a ratio) may measure one thing; further apart, two.
_NEAR = 1.3
_TIME_SLOT = "time of day"
# A time something is set for ("a rally for 7 p.m. tonight") is no time of what happened: its
# slot is apart.
_PLANNED_FOR = re.compile(r"\bfor\s+$", re.I)
_PLANNED = " planned"
_INCLUDING = re.compile(r"\bincluding\s+$", re.I)  # what a count after it counts is a part of those before
# How many tokens either side of a time of day say what happened then: two matching sentences
# with one time each may give the times of two acts ("walked out at 3:20 p.m., before the vote"
# / "the vote, held at 9:15 p.m."), and chain two divergences into none. Required of every
# pair, it lost six times of one act told in other words on the written events for the one it
# found, so such a pair is only a loose one.
_TIME_REACH = 5
# Words that say when, not what was done: two acts on one Monday morning are still two acts.
_WHEN_WORDS = frozenset(stem(w) for w in (*WEEKDAYS, *MONTHS, "morning", "afternoon", "evening", "night", "today",
                                          "yesterday", "tonight", "local", "time"))
_OTHER_ZONE = re.compile(rf"\s*(?:{'|'.join(TIME_ZONES)})\b", re.I)  # "10:40 a.m. (8:40 a.m. GMT)"
# what ends a range of times: "a curfew from 10 p.m. to 6 a.m." is timed by its start
_RANGE_END = re.compile(r"\s*(?:to|until|till|-|–)\s*", re.I)
_MEASURE = "measure "  # the slot of a measure in matching sentences: "measure length"
# In matching sentences, two measures of one dimension within this ratio measure one thing told
# differently (an advance of 12 miles or of 30 km); further apart, two things (a 2-mile
# pier, a 700-foot tanker).
_FAR = 3.0
# What a measure is of, named after it ("40 kilograms of cocaine"): two measures of one named
# thing are compared however far apart (40 or 400 kilograms seized).
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?([^\W\d_]+)")
_THING = "/"
_THE = re.compile(r"\bthe\s+$", re.I)  # right before an age: "the 60-year-old governor"
_OPENING_THE = re.compile(r"\s*the\s+", re.I)  # a sentence opening on an age: "The 34-year-old nurse was"
_DIED = re.compile(r"\b(?:died|succumbed)\b", re.I)  # a death that may have followed a wound
# The role right after an age ("the 60-year-old governor"), and "of" after it ("… of the club").
_ROLE_AFTER_AGE = re.compile(r"[-\s]*(?:years?-old\s+)?([^\W\d_]+)(\s+of\b)?", re.I)
# How many types counting one thing alike are compared pairwise (`_counted_alike`), one for
# each article first: a handful of outlets tell one count; hundreds of copies of a generated
# corpus's filler would make the pairs quadratic.
_COUNTED_ALIKE = 32
# Two counts compared though their sentences do not match, further apart than this, count
# different things: a day's toll and a war's, the 2,000 in a camp and the 150 of them who marched.
_ALIKE_RATIO = 3.0
# Two sums this many times apart are two sums, however alike their sentences ("seized 1.5 million
# dinars in cash" / "seized tobacco worth 36 million dinars"): a figure misread or its digits
# swapped stays within it.
_SUMS_APART = 10
_LIST_JOINT = re.compile(r"\s*(?:,|,? and|&)\s*")  # between two counts listed together


def numbers(alignment: Alignment, names: Names, roles: Roles):
    """Matching sentences that fill one slot differently: a count of the same thing (the word
    after the number), a person's age, the day or month of the same act, the time of day; and
    anywhere, a named person's age, and a count of one thing in one place, of those one fate
    befell, or of one person's days in office (`_counted_alike`). All the values given for one
    slot, by every article, make one divergence.

    Sentences of one type (wire copy) fill their slots alike, so slots are compared once per
    pair of matching types, and each type stands for all its articles only when the
    divergence is made: hundreds of copies never make hundreds of thousands of pairs."""
    slots_of = _SlotReader(alignment, names, roles)
    articles = [{alignment.sentences[sid].article for sid in ms} for ms in alignment.members]
    disagreeing: dict[str, Components] = defaultdict(Components)
    agreeing: dict[str, list[tuple[int, int]]] = defaultdict(list)
    # pairs that may chain two things: those matching at the bare MATCH only (`align.py` lifts them
    # to it for the words the outlets use for one thing, or anchors them on a name, and no more:
    # `_add_corresponding`, `_add_anchored`), counts far apart (`_far_apart`) and times of day
    # with no word about them in common (`timed_alike`)
    loose: dict[str, set[tuple[int, int]]] = defaultdict(set)
    matching = ((t, other, None, score <= MATCH) for t, near in enumerate(alignment.neighbours)
                for other, score in near.items() if other > t and score >= MATCH)
    tallied, two_votes = _tallies_by_one_number(alignment, slots_of, articles)
    alike = ((t, other, slot, False) for t, other, slot in (*_counted_alike(alignment, slots_of, articles),
                                                              *_tallied_alike(alignment, tallied, two_votes)))
    for t, other, count_only, weak in (*matching, *alike):
        if len(articles[t] | articles[other]) < 2:
            continue
        one, two = alignment.members[t][0], alignment.members[other][0]
        slots_of.name_described_age(one, two)
        mine, theirs = slots_of(one), slots_of(two)
        inferred = slots_of.inferred(one), slots_of.inferred(two)
        shared = ((mine.keys() & theirs.keys()) - slots_of.set_apart(one, two) - slots_of.counted_twice(one)
                  - slots_of.counted_twice(two) - _terms_of_two(mine, theirs) - two_votes
                  if count_only is None else {count_only})
        # not what both only infer ("four workers", "two guards"); in one order whatever the hash seed, a sum's
        # own slots first: their divergence is the one kept of those at the same places (`_distinct`)
        for slot in sorted(shared - (inferred[0] & inferred[1]), key=lambda key: (key[0] not in SUM_SIGNS, key)):
            if "@" in slot and not _one_person(names, slot, alignment.sentences[one].article,
                                               alignment.sentences[two].article):
                continue  # "Piet Kolvar" and "Jan Kolvar": two people keyed alike
            a, b = mine[slot], theirs[slot]
            if a.agrees(b):
                agreeing[slot].append((t, other))
            elif (not (slots_of.gives(two, slot, a) or slots_of.gives(one, slot, b)) and _comparable(a, b, slot)
                  and not _two_things(slots_of, one, two, slot)
                  and (slot not in inferred[0] or _exceeds(a, b)) and (slot not in inferred[1] or _exceeds(b, a))):
                disagreeing[slot].join(t, other)
                # a span of time is told of one act by the words around it, not by its length:
                # "within five days" and "within two weeks" are far apart and one deadline
                timed = slot.startswith(_TIME_SLOT) or slot == SPAN
                if weak or (_far_apart(a, b) and slot != SPAN) or (timed and not slots_of.timed_alike(one, two, slot)):
                    loose[slot].add((t, other))
    _join_copies_apart(alignment, slots_of, articles, disagreeing)
    _join_named(alignment, slots_of, articles, disagreeing, names)
    for slot, components in disagreeing.items():
        firm = None
        for types in components.groups(agreeing[slot]):
            found = _found(alignment, slots_of, slot, types)
            if found is not None:
                yield found
                continue
            inside = set(types)
            if loose[slot]:
                # a loose pair may chain two things one article gives apart ("discovered at 7:30
                # a.m." and "caught at 9:40 p.m."): each of the groups the firmer pairs make is
                # tried alone
                if firm is None:
                    firm = components.without(loose[slot]).groups(agreeing[slot])
                parts = [f for f in (_found(alignment, slots_of, slot, sub) for sub in firm if inside >= set(sub)) if f]
                if parts:
                    yield from parts
                    continue
            if slot.startswith(_TIME_SLOT):  # two acts' times chained by firm pairs: told apart by value
                yield from _pairwise(alignment, slots_of, slot, components, agreeing[slot], inside)


def _pairwise(alignment: Alignment, slots_of: _SlotReader, slot: str, components: Components,
              agreeing: list[tuple[int, int]], inside: set[int]) -> Iterator[Found]:
    """The divergence of a group of sentences that chained two things, told apart: the
    sentences that agree make one value each, and a value given by fewer articles diverges
    only from the one whose times are told of the act most alike, if one is ("the flag was raised
    at 6:40 a.m." / "raised the flag just after 9 a.m.", not the "3 a.m." of the withdrawal the
    second goes on to tell). A pair of two things still shows itself: an article gives both values."""
    same = Components()
    for a, b in agreeing:
        if a in inside:
            same.join(a, b)
    value_of = {t: same.find(t) for t in inside}
    members: dict[int, list[int]] = defaultdict(list)
    for t, value in value_of.items():
        members[value].append(t)
    articles = {value: {alignment.sentences[sid].article for t in ts for sid in alignment.members[t]}
                for value, ts in members.items()}
    # value -> diverging value -> how alike the acts the two times are told of are: the most words
    # of the act in common, then how alike the sentences are (acts told in other words)
    strength: dict[int, dict[int, tuple[int, float]]] = defaultdict(dict)
    words = {t: slots_of.act_words(alignment.members[t][0], slot) for t in inside}  # read once a type
    for a, b in components.pairs:
        if a in inside and value_of[a] != value_of[b]:
            x, y = value_of[a], value_of[b]
            alike = (len(words[a] & words[b]), alignment.neighbours[a].get(b, 0.0))
            strength[x][y] = strength[y][x] = max(alike, strength[x].get(y, (0, 0.0)))
    best = {x: _clear_best(partners) for x, partners in strength.items()}
    for x, y in best.items():
        # the value fewer articles give picks, told of the act in other words only against more articles
        # (one outlet's odd time); of two given by as many, each must pick the other, with a word of the act
        if y is None:
            continue
        if len(articles[x]) < len(articles[y]) or (len(articles[x]) == len(articles[y]) and x < y and best[y] == x
                                                   and strength[x][y][0]):
            found = _found(alignment, slots_of, slot, sorted({*members[x], *members[y]}))
            if found is not None:
                yield found


def _clear_best(partners: dict[int, tuple[int, float]]) -> int | None:
    """The partner whose act is most alike, if it is more alike than every other's and alike at
    all: a word of the act in common, or sentences that match more than barely (VOUCHING)."""
    ranked = sorted(partners.values(), reverse=True)
    words, score = ranked[0]
    if (len(ranked) > 1 and ranked[1] == ranked[0]) or not (words or score >= VOUCHING):
        return None
    return max(partners, key=partners.__getitem__)


def _found(alignment: Alignment, slots_of: _SlotReader, slot: str, types: Sequence[int]) -> Found | None:
    """The divergence of a slot over sentence types joined by disagreeing on it, if their sides
    give two values and no article two that disagree."""
    sides = [side for t in types for side in _type_sides(alignment, slots_of, t, slot)]
    if sides[0].low is not None:
        sides = _latest_on_live_pages(sides, slots_of, slot)
    groups = agreeing_groups(sides) if sides[0].low is not None else by_value(diverging(sides) or [])
    return Found(_kind(slot, groups[0][0].value), groups[0][0].slot, groups) if groups and len(groups) > 1 else None


def _latest_on_live_pages(sides: list[Side], slots_of: _SlotReader, slot: str) -> list[Side]:
    """A live page updates a figure entry by entry ("38 dead", later "the toll has risen to 41";
    "worth 40 million", later "revised to 48 million"): of its figures for one, the latest
    entry's stands when that entry says it updates the figure; otherwise the page's figures may
    count two things, and stay. A count of those a fate befell, or of people said to be nothing
    else, stands only if no later entry that updates gives another count of them (`_updated_later`:
    "one man has been arrested", later "that brings the number of people held to two"; not "two
    officers were killed" after "41 people were killed")."""
    live = slots_of.live_pages
    out, by_article = [], defaultdict(list)
    for side in sides:
        (by_article[side.mention.article] if side.mention.article in live else out).append(side)
    for article, theirs in by_article.items():
        entries = live[article]
        stamped = [s for s in theirs if s.mention.paragraph in entries]
        latest = max(stamped, key=lambda s: entries[s.mention.paragraph].minutes, default=None)
        if latest is not None and len({s.value for s in theirs}) > 1 and entries[latest.mention.paragraph].updates:
            theirs = [s for s in theirs if s.value == latest.value]
        if fate_of(slot) or slot == PEOPLE:
            theirs = [s for s in theirs if not _updated_later(s, entries, slots_of, slot)]
        out += theirs
    return out


def _updated_later(side: Side, entries: dict[int, _Entry], slots_of: _SlotReader, slot: str) -> bool:
    """Whether an entry later than the side's, that updates, counts otherwise those the slot's
    fate befell: in the slot, or as everyone it befell, or as people who may be any
    (`slots.counts_anyone`: "one man has been arrested", later "two suspects are in custody"); or
    for people said to be nothing else, as a crowd near their count (`_crowd_near`)."""
    entry = entries.get(side.mention.paragraph)
    return entry is not None and any(
        (_counts_the_same(key, slot) or _crowd_near(key, slot, side, other)) and not other.agrees(side)
        for later in entries.values() if later.updates and later.minutes > entry.minutes
        for sid in later.sentences for key, other in slots_of.filled(sid))


def _crowd_near(key: str, slot: str, side: Side, other: Side) -> bool:
    """Whether a crowd's size updates a count of people, within _ALIKE_RATIO of it ("about 5,000 people
    are already there", later "police now put the crowd at 12,000"; not "30 people are still inside")."""
    return slot == PEOPLE and key.startswith(CROWD) and _within(_top(side), _top(other), _ALIKE_RATIO)


def _counts_the_same(key: str, slot: str) -> bool:
    """Whether a count's key may count those a slot counts, updated: the slot itself, or its
    fate befalling everyone, or its fate befalling people who may be anyone, as the slot's may."""
    return key == slot or (fate_of(key) == fate_of(slot) and (
        counts_everyone(key) or (counts_anyone(key) and counts_anyone(slot))))


def _counted_alike(alignment: Alignment, slots_of: _SlotReader,
                   articles: Sequence[set[str]]) -> Iterator[tuple[int, int, str]]:
    """Pairs of types, not matching, that count one thing in one place ("as many as seven people
    could be in the river" / "eight people fell into the river"), or those one fate befell
    ("killing 14 people" / "the death toll had reached 19"), or that each give one sum only, one
    payer's or for one act (`_one_sum_alike`), or one person's time in office (`_one_person_named`),
    within _ALIKE_RATIO and on one occasion (`slots.Occasion`): the rest of their sentences may
    differ. (type, type, the count's slot) each."""
    alike: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)  # -> each article's first type
    counted: dict[int, dict[str, Slot]] = {}  # each type's counts, read once
    for t, sentence_type in enumerate(alignment.types):
        if sentence_type.quantities:
            counted[t] = _counted(slots_of, alignment.members[t][0])
            for slot, count in counted[t].items():
                anywhere = fate_of(slot) or slot[0] in SUM_SIGNS or slot.startswith(CROWD) or slot in (TURNOUT, TENURE)
                for place in {count.placed, ""} if anywhere else {count.placed} - {""}:
                    for article in articles[t]:
                        alike[(slot, place)].setdefault(article, t)
    seen = set()
    for (slot, _), firsts in alike.items():
        for t, other in _unmatched_pairs(alignment, firsts):
            if (t, other, slot) in seen:
                continue
            counts = [counted[t], counted[other]]
            if slot[0] in SUM_SIGNS and not _one_sum_alike(alignment, t, other, slot, counts):
                continue
            if slot.startswith(CROWD) and _places_apart(alignment, slots_of.names, t, other):
                continue  # "12,000 rallied in Varn" / "5,000 rallied in Oster": two crowds
            if slot == TURNOUT and _places_apart(alignment, slots_of.names, t, other, one_may_name_none=True):
                continue  # "Turnout in Varn province was 30%" is not the vote's "Turnout was 58%"
            if slot == TENURE and not _one_person_named(alignment, slots_of.names, t, other):
                continue  # "after 45 days in office" is not her predecessor's "119 days in office"
            a, b = (c[slot] for c in counts)
            near = _within(float(a.value[1:]), float(b.value[1:]), _ALIKE_RATIO)
            if near and not a.occasion.may_be_other_than(b.occasion):
                seen.add((t, other, slot))
                yield t, other, slot


def _unmatched_pairs(alignment: Alignment, firsts: dict[str, int]) -> Iterator[tuple[int, int]]:
    """The pairs of the sentence types (each article's first, `firsts`, _COUNTED_ALIKE at most)
    that the alignment did not match: those compared by a slot alone."""
    types = sorted(set(firsts.values()))[:_COUNTED_ALIKE]
    return ((t, other) for n, t in enumerate(types) for other in types[n + 1:] if other not in alignment.neighbours[t])


_PLACE_LIKE = ("place", "other")  # the kinds of names a crowd may be in


def _places_apart(alignment: Alignment, names: Names, t: int, other: int,
                  one_may_name_none: bool = False) -> bool:
    """Whether two sentence types both name places (or names not read as a person's or an
    organisation's: "marched through Varn"), and none the same; with `one_may_name_none`, whether
    they name none the same and one of them names any."""
    places = [{f for f in alignment.types[x].features if f[0] == "@" and names.kind_of(f[1:]) in _PLACE_LIKE}
              for x in (t, other)]
    named = any if one_may_name_none else all
    return named(places) and places[0].isdisjoint(places[1])


def _one_person_named(alignment: Alignment, names: Names, t: int, other: int) -> bool:
    """Whether two sentence types both name one person, the same, and no other."""
    mine, theirs = (_people_in(alignment, alignment.members[x][0], names) for x in (t, other))
    return len(mine) == 1 and mine == theirs


def _tallies_by_one_number(alignment: Alignment, slots_of: _SlotReader, articles: Sequence[set[str]]
                           ) -> tuple[dict[str, dict[str, int]], set[str]]:
    """The slots of tallies by their smaller number (`slots.TALLY_SMALLER`), each with the first
    type of each article giving it; and those of them one article gives two values of: two
    votes with that number alike ("the amendment fell by 150 votes to 58, the bill passed by 160
    votes to 58"), so that it tells no vote."""
    firsts: dict[str, dict[str, int]] = defaultdict(dict)
    values: dict[tuple[str, str], set[str]] = defaultdict(set)  # (slot, article) -> its values
    for t, sentence_type in enumerate(alignment.types):
        if sentence_type.quantities:
            sid = alignment.members[t][0]
            for slot in filter(lambda key: key.startswith(TALLY_SMALLER), slots_of(sid)):
                for article in articles[t]:
                    firsts[slot].setdefault(article, t)
                    values[(slot, article)] |= slots_of.values(sid, slot)
    return firsts, {slot for (slot, _), given in values.items() if len(given) > 1}


def _tallied_alike(alignment: Alignment, tallied: dict[str, dict[str, int]],
                   two_votes: set[str]) -> Iterator[tuple[int, int, str]]:
    """Pairs of types, not matching, of different articles, whose tallies give their smaller number
    the same (`_tallies_by_one_number`): one vote, however the rest of their sentences tell it ("The
    motion passed by 187 votes to 58" / "MPs voted 178 to 58 to strip him of immunity"). (type,
    type, the tally's slot by that number) each."""
    for slot, firsts in tallied.items():
        if slot not in two_votes:
            yield from ((t, other, slot) for t, other in _unmatched_pairs(alignment, firsts))


def _counted(slots_of: _SlotReader, sid: int) -> dict[str, Slot]:
    """The slots the sentence's counts fill, with the slot, and those of all the people a fate
    befell that a count of one kind of them fills ("27 smugglers were held": all those held)."""
    counts = slots_of.counts(sid)
    inferred = slots_of.inferred(sid)
    return {**{c.all_befallen: c for c in counts.values() if c.all_befallen in inferred}, **counts}


def _two_things(slots_of: _SlotReader, one: int, two: int, slot: str) -> bool:
    """Whether two counts of a slot that differ tell it two ways or count two groups, not one
    thing differently (`_lumped`, `_two_groups`)."""
    return (_lumped(slots_of, one, two, slot) or _lumped(slots_of, two, one, slot)
            or _two_groups(slots_of, one, two, slot))


def _lumped(slots_of: _SlotReader, one: int, two: int, slot: str) -> bool:
    """Whether one sentence's count of `slot` and a count listed beside it, of a kind the other
    sentence does not count, add up to the other's: "two pilots and four crew members" and "six
    crew members" count the crew with and without its pilots, not two crews. Beside it only:
    "held nine guards hostage, leaving two guards dead" is no crew of eleven; and not counts of a
    fate, whose kinds tell who died: "killed 12 soldiers and three civilians" is no toll of 15 soldiers."""
    mine, theirs = slots_of.counts(one), slots_of.counts(two)
    if fate_of(slot) or slot not in mine or slot not in theirs or not (mine[slot].count and theirs[slot].count):
        return False
    count, text = mine[slot], slots_of.alignment.texts[one]
    missing = f"#{float(theirs[slot].value[1:]) - float(count.value[1:]):g}"
    return any(other.count and not fate_of(key) and other.value == missing and _listed_together(text, other, count)
               for key, other in mine.items() if key != slot and key not in theirs)


def _two_groups(slots_of: _SlotReader, one: int, two: int, slot: str) -> bool:
    """Whether two counts of people that say nothing of who they are, more than _ALIKE_RATIO apart,
    are followed by different words: "more than 50 people had been pulled from the rubble" and "five
    people were found alive" count two groups ("was carrying 40 people when it capsized" and "400
    people when it capsized" one)."""
    if slot != PEOPLE:
        return False
    mine, theirs = slots_of.counts(one).get(slot), slots_of.counts(two).get(slot)
    if mine is None or theirs is None or _within(float(mine.value[1:]), float(theirs.value[1:]), _ALIKE_RATIO):
        return False
    return _word_after(slots_of.alignment, one, mine.end) != _word_after(slots_of.alignment, two, theirs.end)


def _word_after(alignment: Alignment, sid: int, end: int) -> str:
    """The first feature after `end` of a word that is no stopword nor an adverb ("had been pulled": pull)."""
    return next((feats[0] for tok, feats in tokens_within(alignment.tokens(sid), end, math.inf)
                 if feats and not is_adverb(fold(tok.text))), "")


def _listed_together(text: str, a: Slot, b: Slot) -> bool:
    """Whether two counts stand side by side in a list: "two pilots and four crew members"."""
    first, second = sorted((a, b), key=lambda s: s.start)
    return _LIST_JOINT.fullmatch(text, first.end, second.start) is not None


def _total_beyond(a: Slot, b: Slot) -> bool:
    """One count a running total ("since Sunday") more than _ALIKE_RATIO times the other."""
    if a.occasion.total == b.occasion.total or not (a.value[:1] == b.value[:1] == "#"):
        return False
    total, once = (a, b) if a.occasion.total else (b, a)
    return float(total.value[1:]) > _ALIKE_RATIO * float(once.value[1:])


def _one_sum_alike(alignment: Alignment, t: int, other: int, slot: str, counts: list[dict[str, Slot]]) -> bool:
    """Whether two sentences that do not match, each giving one sum only (`_add_only_sum` keyed it
    by its currency alone), tell one sum: by the slot of its currency alone, when they name one
    person or body and share a word besides the currency's ("the government would pay 50,000
    crowns to each bereaved family" / "Vasko promised 30,000 crowns to the family of each
    victim"); by a slot of its act, when the act is one of paying or asking for it
    (`slots.SUM_ACTS`: "demanding 2 million euros" / "Kidnappers demanded €3 MILLION")."""
    if slot in SUM_SIGNS:
        shared = alignment.types[t].features & alignment.types[other].features
        return any(f[0] == "@" for f in shared) and any(is_word(f) and f not in MONEY for f in shared)
    return slot[1:].strip() in SUM_ACTS and all(any(key == slot[0] or key.startswith(slot[0] + " ") for key in c)
                                        for c in counts)


def _terms_of_two(mine: dict[str, Side], theirs: dict[str, Side]) -> set[str]:
    """{TERM} when the two sentences give their terms to two people they name ("jailed Jane Doe
    for four years" / "jailed Ed Roe for seven"): each is compared as its person's (NAMED_TERM)."""
    given = [{k for k in sides if k.startswith(NAMED_TERM)} for sides in (mine, theirs)]
    return {TERM} if given[0] and given[1] and given[0].isdisjoint(given[1]) else set()


def _one_person(names: Names, slot: str, one: str, two: str) -> bool:
    """Whether a slot said of a named person ("age @kolvar") is said of one person in two
    articles: each names one person of that key, and the same one."""
    key = _named_key(slot)
    person = names.one_named_in(key, one)
    return person is not None and person == names.one_named_in(key, two)


def _named_key(slot: str) -> str:
    """The name key of a slot said of a named person: "age @doe", "outcome for @doe fate" -> "doe"."""
    return slot.partition("@")[2].partition(" ")[0]


def _fate_of_the_story(alignment: Alignment, sid: int, side: Side) -> bool:
    """Whether a named person's fate is told of the story's own occasion: not in a sentence
    giving a year ("was wounded in the 2014 war"), nor as a death that may have followed a wound
    ("died on Wednesday")."""
    return not (_DIED.search(side.label) or any(holds_year(feats) for _, feats in alignment.tokens(sid)))


def _within(x: float, y: float, ratio: float) -> bool:
    """Whether the larger of two positive figures is at most `ratio` times the smaller."""
    low, high = sorted((x, y))
    return high <= ratio * low


def _kind(slot: str, value: str) -> str:
    """What kind of divergence a slot filled differently is: a time of day, a number (a count,
    a sum, an age or a term, "#37"; a tally; a measure, whatever words loosen it), or other
    (a date, a condition, a currency, what is said of someone)."""
    if slot.startswith(_TIME_SLOT):
        return "time"
    return "number" if value.startswith("#") or slot.startswith((TALLY, _MEASURE)) else "other"


def _join_copies_apart(alignment: Alignment, slots_of: _SlotReader, articles: list[set[str]],
                       disagreeing: dict[str, Components]) -> None:
    """Sentences of one type (the same words) that still fill a slot differently, by what no
    word shows: "paid $200,000" / "paid €200,000". The type is joined to itself for that slot."""
    for t, members in enumerate(alignment.members):
        first = alignment.texts[members[0]]
        if len(articles[t]) < 2 or all(alignment.texts[sid] == first for sid in members):
            continue  # most types are one text, copied
        firsts = list({alignment.texts[sid]: sid for sid in reversed(members)}.values())
        mine = slots_of(firsts[0])
        for sid in firsts[1:]:
            theirs = slots_of(sid)
            for slot in mine.keys() & theirs.keys():
                if not mine[slot].agrees(theirs[slot]):
                    disagreeing[slot].join(t, t)


def _join_named(alignment: Alignment, slots_of: _SlotReader, articles: list[set[str]],
                disagreeing: dict[str, Components], names: Names) -> None:
    """A named person's age, term ("Jane Doe was jailed for four years") and what befell them
    (killed, wounded, unhurt) are compared across the corpus, matching sentences or not: one
    person has one age, one term and one fate in one story.
    Every type that gives one is joined; those that agree fall into one value when the
    divergence is made, and make none if all agree. Not a name two people share ("Piet Kolvar",
    "Jan Kolvar"), nor a fate of another time ("was wounded in the 2014 war") or one that may
    have followed another ("died on Wednesday" after "was wounded on Monday")."""
    given: dict[tuple[str, int], list[int]] = defaultdict(list)  # (slot, the person among those keyed alike) -> types
    for t, members in enumerate(alignment.members):
        text = alignment.texts[members[0]]
        if may_give_an_age(text) or may_tell_a_fate(text) or may_give_a_term(text) or may_date(text):
            sides = slots_of(members[0])
            for slot, side in sides.items():
                # one person has one age and one term, and is arrested or freed on one day
                once = slot.startswith((NAMED_AGE, NAMED_TERM)) or is_named_date(slot)
                if not (once or (is_named_fate(slot) and _fate_of_the_story(alignment, members[0], side))):
                    continue
                person = names.one_named_in(_named_key(slot), alignment.sentences[members[0]].article)
                if person is not None:
                    given[(slot, person)].append(t)
    for (slot, _), types in given.items():
        if len(set().union(*(articles[t] for t in types))) > 1:
            for t in types[1:]:
                disagreeing[slot].join(types[0], t)


_LIVE_ENTRIES = 3  # how many paragraphs opening on a time make an article a live page
_UPDATES = re.compile(r"\b(?:now|update[sd]?|revised|risen|rose|climbed|increased)\b", re.I)


class _Entry(NamedTuple):
    """A live page's entry: its time in minutes, and whether it updates a figure ("now", "revised")."""

    minutes: int
    updates: bool
    sentences: tuple[int, ...]


def _live_pages(alignment: Alignment) -> dict[str, dict[int, _Entry]]:
    """The articles written as live pages (several paragraphs open on a time: "14:10 Update: …"),
    each with its entries by paragraph."""
    minutes: dict[str, dict[int, int]] = defaultdict(dict)  # article -> paragraph -> its time
    sentences: dict[Ref, list[int]] = defaultdict(list)
    updating: set[Ref] = set()
    for sid, (ref, text) in enumerate(zip(alignment.sentences, alignment.texts)):
        stamp = LIVE_STAMP.match(text) if ref.sentence.start == 0 else None
        if stamp:
            minutes[ref.article][ref.paragraph] = 60 * int(stamp.group(1)) + int(stamp.group(2))
        if ref.paragraph in minutes.get(ref.article, ()):
            paragraph = alignment.paragraph_of[sid]
            sentences[paragraph].append(sid)
            if paragraph not in updating and _UPDATES.search(text):
                updating.add(paragraph)
    return {article: {p: _Entry(m, Ref(article, p) in updating, tuple(sentences[Ref(article, p)]))
                      for p, m in entries.items()}
            for article, entries in minutes.items() if len(entries) >= _LIVE_ENTRIES}


class _SlotReader:
    """Each sentence's slots, read once: a type's first sentence is read when its pair is
    compared and again when its divergence is made, for every slot it takes part in."""

    def __init__(self, alignment: Alignment, names: Names, roles: Roles):
        self.alignment = alignment
        self.names = names
        self.read: dict[int, dict[str, Side]] = {}
        self.given: dict[int, list[tuple[str, Side]]] = {}  # every slot filled, with its fate (slots.fate_of)
        self.parts_read: dict[int, frozenset[str]] = {}
        self.inferred_read: dict[int, frozenset[str]] = {}  # slots filled by a count of some of those counted
        self.counts_read: dict[int, dict[str, Slot]] = {}  # the slots a count or a sum fills, with the slot
        self.twice: dict[int, set[str]] = {}  # count slots filled twice with different figures (`counted_twice`)
        self.later: dict[int, list[tuple[str, Side]]] = {}  # slots filled again later in the sentence
        self.roles = roles  # who "the gunman" is

    @cached_property
    def described(self) -> dict[str, set[str]]:
        """Each name's feature ("@oros") -> the words written right before it ("nurse Nadia
        Oros", "Nurse Nadija Oros"): what the corpus calls the person. Read when first asked for."""
        out: dict[str, set[str]] = defaultdict(set)
        for toks in self.alignment.token_features.values():
            for first, _, key in name_runs(toks):
                if first and holds_word(toks[first - 1][1]):
                    out[key].add(toks[first - 1][1][0])
        return out

    def as_age_of_one_named_before(self, sid: int, slot: Slot) -> Slot:
        """The age of "the 34-year-old nurse" (or "the 54-year-old" alone) opening a sentence that
        names no one as the age of the one person the sentence before it, in its article, names,
        when the corpus calls that person so ("nurse Nadia Oros"): "The first thing Nadia Oros
        heard was the glass. The 34-year-old nurse was changing a drip" (not "A man stabbed Nadia
        Oros. The 34-year-old suspect …")."""
        alignment, names = self.alignment, self.names
        described = slot.key[len(AGE):]  # "" for "The 54-year-old" alone, whom the sentence's own names are not
        if not _OPENING_THE.fullmatch(alignment.texts[sid], 0, slot.start) or sid == 0 \
                or alignment.sentences[sid - 1].article != alignment.sentences[sid].article \
                or (described and _people_in(alignment, sid, names)):
            return slot
        before = _people_in(alignment, sid - 1, names)
        if len(before) != 1:
            return slot
        person = before.pop()
        if described and described not in self.described.get(person, ()):
            return slot
        if not described and not _opens_on(alignment.tokens(sid - 1), person):
            return slot  # "A man stabbed Lena Roe. The 54-year-old was arrested": the man's age
        toks, text = alignment.tokens(sid - 1), alignment.texts[sid - 1]
        named = next(text[toks[first][0].start:toks[last][0].end] for first, last, key in name_runs(toks)
                     if key == person)
        return dataclasses.replace(slot, key=AGE + person, subject=f"{named}’s age")

    @cached_property
    def live_pages(self) -> dict[str, dict[int, _Entry]]:
        """Read when a figure first diverges: most stories have none to read."""
        return _live_pages(self.alignment)

    def __call__(self, sid: int) -> dict[str, Side]:
        if sid not in self.read:
            read = _slots(self, sid)
            self.read[sid], later, self.inferred_read[sid], self.counts_read[sid] = read
            self.later[sid] = later
            self.given[sid] = [(fate_of(key), side) for key, side in (*self.read[sid].items(), *later)]
            self.twice[sid] = {key for key, side in later if key in self.counts_read[sid]
                               and not side.agrees(self.read[sid][key]) and side.value not in self._parts(sid)}
        return self.read[sid]

    def filled(self, sid: int) -> list[tuple[str, Side]]:
        """Every slot the sentence fills, first and later, with its side; not those it infers
        ("two officers were killed" counts some of the dead, not all)."""
        return [(key, side) for key, side in (*self(sid).items(), *self.later[sid])
                if key not in self.inferred_read[sid]]

    def values(self, sid: int, slot: str) -> set[str]:
        """Every value the sentence fills a slot it fills with, first and later."""
        return {self(sid)[slot].value} | {side.value for key, side in self.later[sid] if key == slot}

    def name_described_age(self, one: int, two: int) -> None:
        """Of two matching sentences, where one gives its only age to a person it names ("Ivo
        Renk, 58, took") and the other its only age to "the 61-year-old politician", in an article
        that names the person too, the one described is the one named: the description's age is
        read as the person's, and compared across the corpus as theirs. Not when the named
        person's sentence speaks of someone so described too ("Renk, 58, took bribes from a
        builder" / "the 61-year-old builder paid"). The reading is kept: the first matching pair
        that names the description decides it for the pairs after it."""
        for named_in, described_in in ((one, two), (two, one)):
            named, described = ([k for k in self(sid) if k.startswith(AGE)] for sid in (named_in, described_in))
            if not (len(named) == len(described) == 1 and named[0].startswith(NAMED_AGE)
                    and not described[0].startswith(NAMED_AGE)):
                continue
            if described[0][len(AGE):] in self.alignment.features(named_in) or self._speaks_of_another(
                    named_in, _named_key(named[0])):
                continue  # the named person's sentence has its own "builder", or tells of another person
            side = self.read[described_in][described[0]]
            at = side.mention.start - self.alignment.sentences[described_in].sentence.start
            article = self.alignment.sentences[described_in].article
            if _THE.search(self.alignment.texts[described_in], max(0, at - len("the  ")), at) \
                    and self.names.named_in(_named_key(named[0]), article):
                described_side = self.read[described_in].pop(described[0])  # labelled by the name from now on
                self.read[described_in][named[0]] = dataclasses.replace(
                    described_side, slot=self.read[named_in][named[0]].slot)

    def _speaks_of_another(self, sid: int, key: str) -> bool:
        """Whether the person `key` speaks in the sentence of another person it names after a
        speech verb: "Vosk, 38, told the court that Marchuk had ordered the transfers" (the one a
        matching sentence describes may be Marchuk); not "Judge Sobel said Valenko, 58, had
        taken bribes from the builder Orlik"."""
        toks = self.alignment.tokens(sid)
        named = [n for n, (_, feats) in enumerate(toks) if feats and feats[0] == "@" + key]
        spoken = False
        for tok, feats in toks[named[0] + 1:] if named else ():
            spoken = spoken or fold(tok.text) in SPEECH_VERBS
            if spoken and feats and feats[0].startswith("@") and feats[0] != "@" + key and self.names.is_person(
                    feats[0][1:]):
                return True
        return False

    def inferred(self, sid: int) -> frozenset[str]:
        """The sentence's slots of all those a fate befell that a count of one kind of them fills
        ("killing four workers": the people killed)."""
        self(sid)
        return self.inferred_read[sid]

    def counts(self, sid: int) -> dict[str, Slot]:
        """The sentence's slots that a count or a sum fills first in it, with the slot (its occasion)."""
        self(sid)
        return self.counts_read[sid]

    def counted_twice(self, sid: int) -> set[str]:
        """The sentence's count slots it fills with two figures, not as a part of the first ("five
        were wounded, two of them critically"): "launched 48 drones, of which 41 drones were
        downed" may be told by another sentence's "shot down 41 drones" or "48"."""
        self(sid)
        return self.twice[sid]

    def set_apart(self, one: int, two: int) -> set[str]:
        """The slots two matching sentences fill with counts of two occasions
        (`slots.Occasion.counts_other_than`): "the first blast killed five" and "a second bomb
        killed seven"; "30 have been held since the protests began" and "12 were held on
        Saturday", or "300 … since the unrest began" and "40 protesters" (a total far above an
        undated count is the total of more days than one)."""
        mine, theirs = self.counts(one), self.counts(two)
        return {key for key in mine.keys() & theirs.keys()
                if mine[key].occasion.counts_other_than(theirs[key].occasion) or _total_beyond(mine[key], theirs[key])}

    def gives(self, sid: int, slot: str, side: Side) -> bool:
        """The sentence gives this value too, in any slot, first or later ("sought a 12-year
        sentence for Doe, who was jailed for eight years" gives eight years), or as a part of a
        whole ("lost eight of their last 10 games" beside "missed eight games"): a range or a
        breakdown ("12 rescued, and 40 still trapped" beside "12 trapped miners"), not a
        conflict. Not as the count of what befell others: "killing 7 people and wounding 8" does
        not give eight killed."""
        self(sid)
        fate = fate_of(slot)
        return side.value in self._parts(sid) or any(
            side.agrees(s) for given_fate, s in self.given[sid]
            if (s.low is None) == (side.low is None) and not (fate and given_fate and fate != given_fate))

    def timed_alike(self, one: int, two: int, slot: str) -> bool:
        """Whether the times of day (or the spans of time) of two sentences are told of one act:
        a word or a name stands within _TIME_REACH tokens of the time in both ("to Varn City
        Hospital at around 4:30 a.m." / "to Varn City Hospital shortly after 11 p.m.")."""
        return not self._time_words(one, slot).isdisjoint(self._time_words(two, slot))

    def _time_words(self, sid: int, slot: str) -> frozenset[str]:
        toks, first, last = self._around_time(sid, slot)
        return frozenset(f for _, feats in (*toks[max(0, first - _TIME_REACH):first], *toks[last:last + _TIME_REACH])
                         for f in feats if not is_quantity(f))

    def act_words(self, sid: int, slot: str) -> frozenset[str]:
        """The words of the act a time of day is told of: the words, not names nor when, within
        _TIME_REACH tokens of it in its clause ("police cleared the square at 10 p.m." / "were cleared
        out by police at 8 p.m."; not "protesters gathered in the square at 6 p.m.")."""
        toks, first, last = self._around_time(sid, slot)
        text = self.alignment.texts[sid]
        near = (*clause_tokens(text, toks, first, -1, _TIME_REACH), *clause_tokens(text, toks, last - 1, 1, _TIME_REACH))
        return frozenset(f for j in near for f in toks[j][1] if is_word(f) and f not in _WHEN_WORDS)

    def _around_time(self, sid: int, slot: str) -> tuple[TokenFeatures, int, int]:
        """The sentence's tokens, the first of its time of day (or span) and the one after it."""
        mention = self(sid)[slot].mention
        at = mention.start - self.alignment.sentences[sid].sentence.start
        toks = self.alignment.tokens(sid)
        first = next(n for n, (tok, _) in enumerate(toks) if tok.end > at)
        last = next((n for n, (tok, _) in enumerate(toks) if tok.start >= at + mention.end - mention.start), len(toks))
        return toks, first, last

    def _parts(self, sid: int) -> frozenset[str]:
        """The numbers the sentence gives as parts of a whole: "eight of their last 10 games"."""
        if sid not in self.parts_read:
            toks = self.alignment.tokens(sid)
            self.parts_read[sid] = frozenset(
                feats[0] for (_, feats), (after, _) in zip(toks, toks[1:])
                if holds_number(feats) and fold(after.text) == "of")
        return self.parts_read[sid]


def _type_sides(alignment: Alignment, slots_of: _SlotReader, t: int, slot: str) -> list[Side]:
    """The slot's side in each article the type's sentences are in, at its first sentence
    there; a sentence repeated word for word is read once and its side moved to each copy."""
    seen: set[str] = set()
    first_of: dict[str, int] = {}  # text -> the sentence read for it
    out = []
    for sid in alignment.members[t]:
        article = alignment.sentences[sid].article
        if article in seen:
            continue
        seen.add(article)
        first = first_of.setdefault(alignment.texts[sid], sid)
        side = slots_of(first).get(slot)
        if side is not None:
            out.append(side if first == sid else _moved(alignment, side, first, sid))
    return out


def _moved(alignment: Alignment, side: Side, read: int, to: int) -> Side:
    """A side read in one sentence, placed in a copy of it."""
    a, b = alignment.sentences[read], alignment.sentences[to]
    shift = b.sentence.start - a.sentence.start
    m = side.mention
    return dataclasses.replace(side, mention=Mention(b.article, b.paragraph, m.start + shift, m.end + shift, m.text))


def _pairs(mine: list[Side], theirs: list[Side]):
    return ((a, b) for a in mine for b in theirs if a.mention.article != b.mention.article)


def _comparable(a: Side, b: Side, slot: str) -> bool:
    """Two counts sources could disagree on: not one thing and a group of several ("one
    rescued miner, X," and "the 12 rescued"), which are a member and its group; not the
    tallies of two bodies' votes; not measures of two things (_FAR); not sums _SUMS_APART apart.
    Counts far apart otherwise are kept: early tolls do differ tenfold."""
    if slot.startswith(TALLY):
        return _within(_voters(a.value), _voters(b.value), _SAME_BODY)
    if slot.startswith(_MEASURE) and _THING not in slot:
        return _within(_top(a), _top(b), _FAR)
    if slot == SPAN:  # "30 days" and "two hours" are spans of two things; "less than three hours" and
        # "less than two and a half hours" bound one span alike
        return _within(float(a.value[1:]), float(b.value[1:]), _FAR) and not (a.bound and a.bound == b.bound)
    if not (a.value.startswith("#") and b.value.startswith("#")):
        return True
    low, high = sorted((float(a.value[1:]), float(b.value[1:])))
    if slot[0] in SUM_SIGNS:
        return high < _SUMS_APART * low
    return not (low == 1 and high >= _GROUP)


def _far_apart(a: Side, b: Side) -> bool:
    """Two counts or sums further apart than _ALIKE_RATIO: early tolls do differ tenfold, but
    when they chain two disagreements into none, they are the pair that counts two things
    ("seized 2.3 million in cash" beside "goods worth 48 million")."""
    return a.value[:1] == b.value[:1] == "#" and not _within(_top(a), _top(b), _ALIKE_RATIO)


def _exceeds(kind: Side, everyone: Side) -> bool:
    """A count of one kind of people is more than any count of all of them can be: "seven
    workers were killed" and "five people were killed" cannot both hold; "four workers" and
    "five people" can (the fifth a guard, or the attacker, or told in the next sentence)."""
    return kind.low is not None and everyone.high is not None and kind.low >= everyone.high


def _top(side: Side) -> float:
    """The most a measure allows, or for a floor, which allows any figure above it ("more than
    12 miles"), the floor: how far it stands from another measure."""
    return side.high if math.isfinite(side.high) else side.low


def _measured(text: str, end: int) -> str:
    """What a measure ending at `end` is of, as a key suffix: "40 kilograms of cocaine" ->
    "/cocain"; "" when it does not say."""
    m = _OF_WHAT.match(text, end)
    return _THING + stem(m.group(1)) if m else ""


def _voters(tally: str) -> int:
    return sum(map(int, tally.split("-")))


def _slots(reader: _SlotReader, sid: int
           ) -> tuple[dict[str, Side], list[tuple[str, Side]], frozenset[str], dict[str, Slot]]:
    """slot -> side for each count, sum, age, date, time of day, measure and predicate
    (`predicates.py`, a role's holder named as the reader's roles say) of the sentence, the first
    of each; the sides of slots filled again later in it; the slots inferred (`_all_befallen`);
    and those a count or a sum fills, with the slot (its occasion)."""
    alignment, roles, names = reader.alignment, reader.roles, reader.names
    out: dict[str, Side] = {}
    later: list[tuple[str, Side]] = []
    counts: dict[str, Slot] = {}
    text = alignment.texts[sid]
    toks = alignment.tokens(sid)
    slots = (*sentence_slots(text, toks), *predicates(text, toks, roles))
    article = alignment.sentences[sid].article
    for slot in (_as_holders_age(text, roles, names, article, slot) for slot in slots):
        if slot.key.startswith(AGE) and not slot.key.startswith(NAMED_AGE):
            slot = reader.as_age_of_one_named_before(sid, slot)
            if slot.key == AGE:
                continue  # an age standing alone, of nobody named just before
        mention = mention_at(alignment, sid, slot.start, slot.end)
        low = high = None
        if slot.value.startswith("#"):
            low, high = loosen(float(slot.value[1:]), slot.half_step, slot.loosener, slot.count)
        side = Side(mention, slot.value, mention.text, slot.subject, low, high, bound_of(slot.loosener))
        if slot.key in out:
            later.append((slot.key, side))
        else:
            out[slot.key] = side
            if slot.count or slot.key[0] in SUM_SIGNS or slot.key == TURNOUT:
                counts[slot.key] = slot
    for m in measures(text):  # the first measure of each dimension and thing: "advanced 12 miles"
        key = _MEASURE + m.dimension + _measured(text, m.end)
        if key not in out:
            mention = mention_at(alignment, sid, m.start, m.end)
            out[key] = Side(mention, mention.text, mention.text, m.dimension, m.low, m.high)
    told = times_of_day(text)
    times = [t for n, t in enumerate(told) if not _converted(text, t)
             and not (n and _RANGE_END.fullmatch(text, told[n - 1].end, t.start))]
    if len({(t.low, t.high) for t in times}) == 1:  # "left at 4:30 a.m. and was hit at 5:40 a.m.": two acts' times
        when = times[0]
        mention = mention_at(alignment, sid, when.start, when.end)
        planned = _PLANNED_FOR.search(text, max(0, when.start - len(" for ")), when.start) is not None
        out[_TIME_SLOT + planned * _PLANNED] = Side(mention, mention.text, mention.text, "time of day", when.low,
                                                     when.high)
    out.update(_named_dates(out, later))
    inferred = _all_befallen(text, slots, out)
    out.update(inferred)
    _add_only_sum(slots, out, counts, toks)
    return out, later, frozenset(inferred), counts


def _named_dates(out: dict[str, Side], later: Sequence[tuple[str, Side]]) -> dict[str, Side]:
    """The date of an act the sentence says one named person did or underwent ("Jane Doe was
    arrested on March 3"), keyed by the person too ("when date arrest @doe"): compared across
    the corpus (`_join_named`), matching sentences or not. Not an act denied, nor one the
    sentence says of two people or dates twice ("X was arrested on Monday and Y on Wednesday",
    "first arrested on March 2, … again on March 9")."""
    people_of: dict[str, set[str]] = defaultdict(set)  # the act's stem -> the name keys of those it is said of
    for key, side in out.items():
        said = named_act(key)
        if said is not None and not side.value.startswith("not "):
            people_of[said[1]].add(said[0])
    twice = {key for key, _ in later}
    return {f"{key} @{next(iter(people_of[act]))}": side for key, side in out.items()
            if (act := dated_act(key)) is not None and len(people_of.get(act, ())) == 1 and key not in twice}


def _converted(text: str, time: Measure) -> bool:
    """A time of day told again in another zone, or in brackets after the first: "(8:30 a.m. GMT)"."""
    return _OTHER_ZONE.match(text, time.end) is not None or text[max(0, time.start - 1):time.start] == "("


def _add_only_sum(slots: Sequence[Slot], out: dict[str, Side], counts: dict[str, Slot], toks: TokenFeatures) -> None:
    """A sentence's only sum, keyed by its currency and the kind of sum its words name, if any
    (`SUM_KINDS`), beside it or, the only such word, anywhere in the sentence ("The damage …
    the company evaluates in 230 million dollars"): two matching sentences that each give one sum
    tell one sum, though they say what for in other words ("escaped with €2m" / "fled with a
    haul of €3m"); bail is no fine. Not where it gives two amounts or two currencies."""
    sums = {(s.key[0], s.value) for s in slots if s.key[0] in SUM_SIGNS}
    if len(sums) == 1:
        currency = next(iter(sums))[0]
        of_it = [s for s in slots if s.key[0] == currency]
        kind = next((s.key[1:] for s in of_it if s.key[1:] in SUM_KINDS), None)
        if kind is None:  # the one kind the sentence names anywhere, if one
            kinds = {feats[0] for _, feats in toks if feats and feats[0] in SUM_KINDS}
            kind = next(iter(kinds)) if len(kinds) == 1 else ""
        key = currency + (" " + kind if kind else "")
        out.setdefault(key, out[of_it[0].key])
        counts.setdefault(key, of_it[0])


def _as_holders_age(text: str, roles: Roles, names: Names, article: str, slot: Slot) -> Slot:
    """The age of "the 60-year-old governor" as the age of the one person the corpus names as
    the governor (`roles.py`: by title, "Governor Carla Ravell", or apposition, "the suspect,
    Oren Vask,"), which is compared across the corpus as any named person's is; not that of "a
    60-year-old governor", "the 60-year-old former governor" or "the 60-year-old governor of
    another province", nor in an article that does not name the holder: its
    governor may be another's."""
    if not slot.key.startswith(AGE) or slot.key.startswith(NAMED_AGE) \
            or not _THE.search(text, max(0, slot.start - len("the  ")), slot.start):
        return slot
    role = _ROLE_AFTER_AGE.match(text, slot.end)
    if role is None or role.group(2) or stem(role.group(1)) != slot.key[len(AGE):]:
        return slot  # "the 74-year-old former governor", "the 45-year-old president of the club"
    holder = roles.holder(slot.key[len(AGE):])
    named = holder is not None and names.named_in(holder[1:], article)  # the feature "@key"
    return dataclasses.replace(slot, key=AGE + holder) if named else slot


def _opens_on(toks: TokenFeatures, key: str) -> bool:
    """The sentence opens on the name `key`, past capitalised words and titles before it
    ("Disgraced Defence Minister Ivo Lantz was sacked"): the one it is about."""
    for tok, feats in toks:
        if feats[:1] == (key,):
            return True
        if not (tok.text[:1].isupper() or is_title(fold(tok.text))):
            return False
    return False


def _people_in(alignment: Alignment, sid: int, names: Names) -> set[str]:
    """The name features ("@key") of the people a sentence names."""
    return {f for _, feats in alignment.tokens(sid) for f in feats[:1] if f[0] == "@" and names.is_person(f[1:])}


def _including_before(text: str, at: int) -> bool:
    """Whether "including" stands right before offset `at`: looked for past the spaces before it,
    not from the start of a sentence that may be megabytes long."""
    return _INCLUDING.search(text, max(0, past_spaces_before(text, at) - len("including")), at) is not None


def _all_befallen(text: str, slots: Sequence[Slot], out: dict[str, Side]) -> dict[str, Side]:
    """The count of one kind of people a fate befell ("killing four workers") fills the slot of
    all those it befell too, when the sentence counts no one else it befell and gives no count
    of all of them: "five people were killed" contradicts it, "two guards were killed" does not.
    A count the sentence gives with no fate may be of others it befell ("twelve soldiers and
    three civilians were killed"), and then none is inferred; not one that "including" makes a
    part of them ("27 smugglers were held, including three guards")."""
    counts = [s for s in slots if s.count and not _including_before(text, s.start)
              and (fate_of(s.key) or counts_people(s.key))]  # "in two countries" counts no one
    fates = Counter(fate_of(s.key) for s in counts)
    return {s.all_befallen: out[s.key] for s in counts
            if s.all_befallen and fates[fate_of(s.key)] == 1 and not fates[""] and s.all_befallen not in out
            and s.key in out}


def measures_apart(alignment: Alignment):
    """Measures of one thing given differently anywhere in the corpus: two lengths (or heights,
    speeds, weights) close to each other but apart beyond rounding ("610 feet long" / "a
    655-foot-long tanker"), when no article gives both. Values further apart than _NEAR are
    measures of different things; so are two distances ("fled 2 miles" / "found 2.5 miles
    away") unless both say what size of a thing they give or their sentences share a word."""
    by_dimension: dict[str, list[Side]] = defaultdict(list)
    sized: set[Side] = set()
    words_of: dict[Side, frozenset[str]] = {}
    for sid in range(len(alignment.sentences)):
        for m in measures(alignment.texts[sid]):
            mention = mention_at(alignment, sid, m.start, m.end)
            side = Side(mention, mention.text, mention.text, m.dimension, m.low, m.high)
            by_dimension[m.dimension].append(side)
            unit = mention.text.lower()  # the unit's own word is no shared word
            words_of[side] = frozenset(f for f in alignment.features(sid) if is_word(f) and f not in unit)
            if m.sized:
                sized.add(side)
    for dimension, sides in by_dimension.items():
        for near in _near_clusters(sides):
            linked = Components()
            for a, b in _pairs(near, near):
                if {a, b} <= sized or words_of[a] & words_of[b]:
                    linked.join(a, b)
            for component in linked.groups([]):
                groups = agreeing_groups(component)
                if groups:
                    yield Found("number", dimension, groups)


def _near_clusters(sides: list[Side]) -> list[list[Side]]:
    """Sides whose values lie within _NEAR of the next one's, in clusters."""
    ordered = sorted(sides, key=lambda s: s.low)
    clusters = [[ordered[0]]] if ordered else []
    for prev, side in zip(ordered, ordered[1:]):
        if side.low > _NEAR * max(_top(prev), 1e-9):
            clusters.append([])
        clusters[-1].append(side)
    return [c for c in clusters if len({s.mention.article for s in c}) > 1]


