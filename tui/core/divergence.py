"""Divergences: the same slot filled differently by different articles.

- qualifier: one article calls a person "former President", another "President";
- number: matching sentences fill a slot (`slots.py`) with different numbers: a count of the
  same thing (1,000 vs 1,200 prisoners), a percentage, a sum, a person's age;
- other: matching sentences date the same act differently (struck on Tuesday vs on Wednesday);
- place: one article has someone stay in a named place, another somewhere else;
- quote: the same speaker's act characterised in different quoted words.

Quantities that agree once normalised ("since 1994" / "three decades") never diverge: they
share one duration feature.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from tui.core.align import MATCH, Alignment
from tui.core.features import name_runs
from tui.core.model import Divergence, Mention
from tui.core.slots import PUNCTUATION, is_date, sentence_slots
from tui.core.text import TITLES, fold, hyphen_parts, stem

# Words that say whether a title holds: "former President" contradicts "President". Words that
# only describe ("exiled leader", "jailed leader") do not, and are not here.
_QUALIFIERS = {"former", "ex", "late", "acting", "interim", "outgoing", "incoming", "then", "deputy",
               "vice", "elect", "ousted", "self-proclaimed", "disputed"}
_ARTICLES = {"the", "a", "an"}
_LOCATION_VERBS = {stem(w) for w in "remain stay stayed live lives held hold kept detained based resides".split()}
_LOCATION_PREPOSITIONS = {"in", "at", "on", "inside", "within"}
_NOT_A_SUBJECT = {"in", "into", "to", "from", "at", "of", "enter", "entered", "cross", "crossed", "leave", "left", "toward", "towards"}
_QUOTE = re.compile(r"[“\"]([^”\"]{2,80})[”\"]")
_MAX_QUOTE_WORDS = 6
_GROUP = 5  # "one" beside a count this large picks a member out of the group


@dataclass(frozen=True, slots=True)
class _Side:
    """One article's filling of a slot, where it stands, and how to say it."""

    mention: Mention
    value: str  # what is compared
    label: str  # how the summary shows it
    slot: str = ""  # how the summary names what is filled differently


def find_divergences(alignment: Alignment) -> list[Divergence]:
    found = [*_qualifiers(alignment), *_numbers(alignment), *_places(alignment), *_quotes(alignment)]
    found.sort(key=lambda d: (d[2][0].mention.article, d[2][0].mention.paragraph, d[2][0].mention.start))
    return [Divergence(f"d{n}", kind, summary, tuple(s.mention for s in sides))
            for n, (kind, summary, sides) in enumerate(found, 1)]


def _mention(alignment: Alignment, sid: int, start: int, end: int) -> Mention:
    ref = alignment.sentences[sid]
    base = ref.sentence.start
    text = alignment.texts[sid][start:end]
    return Mention(ref.article, ref.paragraph, base + start, base + end, text)


def _summarise(subject: str, sides: list[_Side]) -> str:
    by_value: dict[str, list[str]] = defaultdict(list)
    label: dict[str, str] = {}
    for s in sides:
        if s.mention.article not in by_value[s.value]:
            by_value[s.value].append(s.mention.article)
        label.setdefault(s.value, s.label)
    parts = [f"“{label[v]}” ({', '.join(a[:12] for a in arts)})" for v, arts in by_value.items()]
    return f"{subject}: " + " vs ".join(parts)


def _diverging(sides: list[_Side]) -> list[_Side] | None:
    """The sides, when at least two articles fill the slot differently."""
    values_by_article: dict[str, set[str]] = defaultdict(set)
    for s in sides:
        values_by_article[s.mention.article].add(s.value)
    if len({v for vs in values_by_article.values() for v in vs}) < 2 or len(values_by_article) < 2:
        return None
    seen, out = set(), []
    for s in sides:  # one side per article and value
        if (s.mention.article, s.value) not in seen:
            seen.add((s.mention.article, s.value))
            out.append(s)
    return out


def _qualifiers(alignment: Alignment):
    """A person titled with a qualifier (former, acting, ...) in one article and without it in
    another, the title before the name ("ex-President X") or after it ("X, the former president")."""
    by_person: dict[tuple[str, frozenset[str]], list[_Side]] = defaultdict(list)
    forms: dict[str, str] = {}
    for sid in range(len(alignment.sentences)):
        toks = alignment.tokens(sid)
        text = alignment.texts[sid]
        for first, last, key in name_runs(toks):
            title = _title_before(toks, first, key) or _title_after(toks, text, last, key)
            if title is None:
                continue
            words = [(k, _parts(toks[k][0].text)) for k in range(*title)]
            titles = frozenset(p for _, parts in words for p in parts if _holds_title(p))
            if not titles:
                continue
            qualifiers = sorted(p for _, parts in words for p in parts if p in _QUALIFIERS)
            phrase = " ".join(toks[k][0].text for k, parts in words if _titling(parts))
            start, end = toks[min(first, title[0])][0].start, toks[max(last, title[1] - 1)][0].end
            side = _Side(_mention(alignment, sid, start, end), " ".join(qualifiers) or "-", phrase)
            by_person[(_keep_longest(forms, key, _name_text(alignment, sid, first, last)), titles)].append(side)
    for (key, _), sides in by_person.items():
        sides = _diverging(sides)
        if sides:
            yield "qualifier", _summarise(forms[key], sides), sides


def _title_before(toks, first: int, key: str) -> tuple[int, int] | None:
    """The token range of the title words right before a name: "former U.S. President"."""
    start = first
    while start > 0 and _is_title_part(toks[start - 1][0].text, toks[start - 1][1], key):
        start -= 1
    return (start, first) if start < first else None


def _title_after(toks, text: str, last: int, key: str) -> tuple[int, int] | None:
    """The token range of an appositive title after a name: "X, the former U.S. president"; not
    a title that goes with the next name ("X, President Y and Z")."""
    k = last + 1
    if k >= len(toks) or text[toks[last][0].end:toks[k][0].start].strip() != ",":
        return None
    if fold(toks[k][0].text) in _ARTICLES:
        k += 1
    start, end = k, None
    while k < len(toks) and _is_title_part(toks[k][0].text, toks[k][1], key):
        if k > start and PUNCTUATION.search(text, toks[k - 1][0].end, toks[k][0].start):
            break
        if any(_holds_title(p) for p in _parts(toks[k][0].text)):
            end = k + 1
        elif end is not None:
            return None  # a name after the title: the title is that name's
        k += 1
    return (start, end) if end is not None else None


def _parts(word: str) -> list[str]:
    return hyphen_parts(fold(word))


def _holds_title(part: str) -> bool:
    """A title proper ("president"), not a word that says whether it holds ("former")."""
    return part in TITLES and part not in _QUALIFIERS


def _is_title_part(text: str, feats: tuple[str, ...], key: str) -> bool:
    """Words that stand in a title beside a name: titles, qualifiers, and a country (U.S. President)."""
    return _titling(_parts(text)) or (bool(feats) and feats[0].startswith("@") and feats[0] != key)


def _titling(parts: list[str]) -> bool:
    return any(p in TITLES or p in _QUALIFIERS for p in parts)


def _numbers(alignment: Alignment):
    """Matching sentences that fill one slot differently: a count of the same thing (the word
    after the number), a person's age, the day or month of the same act."""
    groups: dict[tuple[str, frozenset], list[_Side]] = defaultdict(list)
    counts = {}  # type -> slot -> (value, side), from its first sentence in each article
    for t, near in enumerate(alignment.neighbours):
        for other, score in near.items():
            if other < t or score < MATCH:
                continue
            for x in (t, other):
                if x not in counts:
                    counts[x] = _type_counts(alignment, alignment.members[x])
            mine, theirs = counts[t], counts[other]
            for slot, (value, sides) in mine.items():
                if slot not in theirs or theirs[slot][0] == value:
                    continue
                other_value, other_sides = theirs[slot]
                if value in _values(theirs) or other_value in _values(mine):
                    continue  # both values appear on both sides: a range or a breakdown
                if not _comparable(value, other_value):
                    continue
                groups[(slot, frozenset((value, other_value)))] += [*sides, *other_sides]
    for (slot, _), sides in groups.items():
        sides = _diverging(sides)
        if sides:
            yield "other" if is_date(slot) else "number", _summarise(sides[0].slot, sides), sides


def _comparable(a: str, b: str) -> bool:
    """Two counts sources could disagree on: not one thing and a group of several ("one
    released prisoner, X," and "the 52 freed"), which are a member and its group. Counts far
    apart otherwise are kept: early tolls do differ tenfold."""
    if not (a.startswith("#") and b.startswith("#")):
        return True
    low, high = sorted((float(a[1:]), float(b[1:])))
    return not (low == 1 and high >= _GROUP)


def _type_counts(alignment: Alignment, members) -> dict[str, tuple[str, list[_Side]]]:
    """slot -> (value, a side per article) for the sentences of one type."""
    out: dict[str, tuple[str, list[_Side]]] = {}
    seen_articles = set()
    for sid in members:
        article = alignment.sentences[sid].article
        if article in seen_articles:
            continue
        seen_articles.add(article)
        for slot, (value, side) in _counts(alignment, sid).items():
            out.setdefault(slot, (value, []))[1].append(side)
    return out


def _values(counts: dict) -> set:
    return {value for value, _ in counts.values()}


def _counts(alignment: Alignment, sid: int) -> dict[str, tuple[str, _Side]]:
    """slot -> (value, side) for each count, sum, age and date of the sentence, the first of each."""
    out: dict[str, tuple[str, _Side]] = {}
    for slot in sentence_slots(alignment.texts[sid], alignment.tokens(sid)):
        if slot.key not in out:
            mention = _mention(alignment, sid, slot.start, slot.end)
            out[slot.key] = (slot.value, _Side(mention, slot.value, mention.text, slot.subject))
    return out


def _places(alignment: Alignment):
    """Where someone remained or is held: a named place in one article, somewhere else in another."""
    by_person: dict[str, list[_Side]] = defaultdict(list)
    named: dict[str, bool] = {}
    forms: dict[str, str] = {}
    for sid in range(len(alignment.sentences)):
        toks = alignment.tokens(sid)
        for v, (tok, feats) in enumerate(toks):
            if not feats or feats[0] not in _LOCATION_VERBS or v + 1 >= len(toks):
                continue
            if fold(toks[v + 1][0].text) not in _LOCATION_PREPOSITIONS:
                continue
            subject = _subject_before(alignment, sid, v)
            place = _phrase_after(alignment, sid, v + 1)
            if subject is None or place is None:
                continue
            subject = _keep_longest(forms, *subject)
            value, is_name, end = place
            text = alignment.texts[sid][toks[v + 1][0].start:end]
            by_person[subject].append(_Side(_mention(alignment, sid, toks[v][0].start, end), value, text))
            named[value] = is_name
    names_in = _names_by_article(alignment) if by_person else {}
    for subject, sides in by_person.items():
        sides = _diverging(sides)
        if sides and any(named[s.value] for s in sides) and any(
                _elsewhere(a, b, named, names_in) for a in sides for b in sides):
            yield "place", _summarise(forms[subject], sides), sides


def _elsewhere(a: _Side, b: _Side, named: dict[str, bool], names_in: dict[str, set[str]]) -> bool:
    """Two articles put someone in different places, and not only at different scales: an
    article that names the other's place too ("stayed in Minsk" in an article on Belarus, beside
    "stayed in Belarus") most likely says where in it."""
    if a.mention.article == b.mention.article or a.value == b.value:
        return False
    if named[a.value] and named[b.value]:
        return a.value not in names_in[b.mention.article] and b.value not in names_in[a.mention.article]
    return True


def _names_by_article(alignment: Alignment) -> dict[str, set[str]]:
    """The name keys each article's body gives."""
    out: dict[str, set[str]] = defaultdict(set)
    for sid, ref in enumerate(alignment.sentences):
        out[ref.article].update(f for f in alignment.features(sid) if f[0] == "@")
    return out


def _subject_before(alignment: Alignment, sid: int, verb: int) -> tuple[str, str] | None:
    """(key, text) of the name nearest before the verb that can be its subject."""
    toks = alignment.tokens(sid)
    for first, last, key in sorted(name_runs(toks), reverse=True):
        if last < verb and (first == 0 or fold(toks[first - 1][0].text) not in _NOT_A_SUBJECT):
            return key, _name_text(alignment, sid, first, last)
    return None


def _name_text(alignment: Alignment, sid: int, first: int, last: int) -> str:
    toks = alignment.tokens(sid)
    return alignment.texts[sid][toks[first][0].start:toks[last][0].end]


def _keep_longest(forms: dict[str, str], key: str, text: str) -> str:
    """Keep the longest way a name is written, for summaries ("Mikola Statkevich"); return the key."""
    if len(text) > len(forms.get(key, "")):
        forms[key] = text
    return key


def _phrase_after(alignment: Alignment, sid: int, preposition: int):
    """(compared value, whether it is a name, end offset) of the place after the preposition."""
    toks = alignment.tokens(sid)
    text = alignment.texts[sid]
    content = []
    end = toks[preposition][0].end
    for tok, feats in toks[preposition + 1:preposition + 7]:
        if re.search(r"[,;.:]", text[end:tok.start]):
            break
        end = tok.end
        if feats:
            content.append(feats[0])
            if feats[0].startswith("@") or len(content) == 2:
                break
    if not content:
        return None
    return " ".join(content), content[0].startswith("@"), end


def _quotes(alignment: Alignment):
    """Short quoted characterisations next to the same name, sharing a word but not the wording."""
    by_name: dict[str, list[tuple[frozenset, _Side]]] = defaultdict(list)
    forms: dict[str, str] = {}
    for sid in range(len(alignment.sentences)):
        text = alignment.texts[sid]
        quoted = list(_QUOTE.finditer(text))
        if not quoted:
            continue  # the names of sentences without a quote are not needed
        names = {_keep_longest(forms, key, _name_text(alignment, sid, first, last))
                 for first, last, key in name_runs(alignment.tokens(sid))}
        for m in quoted:
            words = m.group(1).split()
            if not 1 <= len(words) <= _MAX_QUOTE_WORDS:
                continue
            content = frozenset(f for tok, feats in alignment.tokens(sid) for f in feats
                                if m.start(1) <= tok.start < m.end(1))
            if not content:
                continue
            side = _Side(_mention(alignment, sid, m.start(), m.end()), " ".join(sorted(content)),
                         m.group(1).strip(" ,.;:"))
            for key in sorted(names):
                by_name[key].append((content, side))
    seen = set()
    for key, quotes in by_name.items():
        # A quote repeated in one article (wire copy, a pull quote) pairs as its first telling does.
        firsts: dict[tuple[str, str], tuple[frozenset, _Side]] = {}
        for content, side in quotes:
            firsts.setdefault((side.mention.article, side.value), (content, side))
        quotes = list(firsts.values())
        for (ca, a), (cb, b) in ((x, y) for i, x in enumerate(quotes) for y in quotes[i + 1:]):
            if a.mention.article == b.mention.article or not (ca & cb) or ca <= cb or cb <= ca:
                continue
            pair = frozenset((a.value, b.value))
            if pair not in seen:
                seen.add(pair)
                yield "quote", _summarise(forms[key], [a, b]), [a, b]
