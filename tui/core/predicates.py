"""What is said of someone, and what another article says otherwise.

- Denials: "the suspect was armed" / "the suspect was not armed", "the minister resigned" /
  "the minister did not resign", "has been charged" / "has not been charged". Each is a slot
  (`slots.Slot`) keyed by who it is said of, how it is said (of a state or of an act, now or
  then) and the word said, and filled with whether it is denied.
- Outcomes that exclude each other, said of someone as a state: "the guard was killed" / "was
  wounded" / "was unhurt"; "was convicted" / "was found not guilty". A slot keyed by who and
  the kind of outcome, filled with the outcome.

Matching sentences that fill one slot differently diverge (`quantities.numbers`). Precision
first, because a misreading is a contradiction shown that no source makes:
- who: a name or a noun standing right before the verb, in the same clause. A pronoun ("he was
  not armed"), "it" or "nobody" names nobody both articles can be seen to mean; a count or
  share of a group ("two passengers", "neither the driver nor the passenger"), a noun after a
  preposition ("the leader of the rebels") or a verb ("the officer who shot the suspect was")
  is not who the verb is said of;
- asserted: a clause that only asks or reports a claim ("whether the suspect was armed", "if",
  "reports that the minister resigned") says nothing of the sort;
- the denial must stand on the verb itself ("not", "never", "-n't") and deny all of it: "no one
  was hurt", "would not confirm" (what someone would do is not what was done), "was not
  immediately charged", "was not charged with murder", "has not been seen since Friday" are
  not read;
- an outcome is a state: "police shot dead a gunman" says nothing of what befell the police.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from tui.core.clauses import PUNCTUATION, before_relative_clause, clause_tokens, gap, unasserted
from tui.core.features import TokenFeatures, holds_word
from tui.core.mentions import OFFICE_NOUNS, PERSON_ROLES
from tui.core.roles import NO_ROLES, Roles, apposed_name
from tui.core.slots import FATES, SentenceNames, Slot, age_between_commas, in_an_age
from tui.core.text import (ARTICLES, BE, BE_NOW, CONTRACTED_NOT, DETERMINERS, HAVE, NEGATIONS, PREPOSITIONS,
                           SPEECH_VERBS, UNDISTINGUISHING, fold, is_adverb, is_title, number_value, past_tense,
                           present_of, stem)

_DO_NOW, _DO_THEN = {"does", "do"}, {"did"}
_AUXILIARIES = BE | _DO_NOW | _DO_THEN | HAVE
# Before a word of removal, what makes it passive ("was suspended", read of its subject), says
# whether it was done ("did suspend"), makes it no act ("the suspended") or one that may not have
# been done ("should have sacked", "wish the party had sacked"); "has suspended its chief, Ana Roe"
# is an act like "suspended".
_NOT_AN_ACT_AFTER = BE | _DO_NOW | _DO_THEN | (HAVE - {"has"}) | PREPOSITIONS | DETERMINERS
_NOW = BE_NOW | _DO_NOW  # the present: "is not closed" is not what "was closed" said of before
# Words before a noun that make it no one in particular, a count or share of a group, or one
# of several ("a second suspect").
_NOT_SOMEONE = set("""some many all every each no few several most both any none other more fewer half
neither nor either not nobody everyone someone anyone everybody somebody anybody nothing another second third
fourth fifth""".split())
_DESCRIBING = 3  # how many words may describe a subject between it and its determiner
# Words after a denied word that deny only part of it: "not charged with murder" (but with
# manslaughter), "not seen since Friday", "not arrested until Friday".
_PARTIAL = {"with", "by", "as", "until", "since", "before"}
# Outcomes for one person that exclude each other, by kind: the word said -> the outcome.
# What befell someone is read with the words that count the dead and the hurt (`slots.FATES`).
_OUTCOMES = {
    "fate": {**{w: f for w, f in FATES.items() if f in ("dead", "hurt")}, "slain": "dead",
             **dict.fromkeys("unharmed unhurt uninjured".split(), "unhurt")},
    "verdict": {"convicted": "convicted", "guilty": "convicted", "acquitted": "acquitted"},
    # whether someone sought was caught: "was arrested" / "escaped before officers arrived"
    "custody": {**dict.fromkeys("arrested detained captured caught".split(), "held"),
                **dict.fromkeys("escaped fled".split(), "free")},
    # how someone left an office, or was kept from it: "was suspended" / "resigned" / "was sacked"
    "office": {"suspended": "suspended", "resigned": "resigned",
               **dict.fromkeys("sacked dismissed fired ousted".split(), "dismissed")},
}
_TOLD = {"fate": "what befell", "verdict": "the verdict on", "custody": "whether police hold",
         "office": "what became of"}
_OUTCOME_OF = {word: (kind, outcome) for kind, words in _OUTCOMES.items() for word, outcome in words.items()}
_OWN_FATE = {"died", "escaped", "fled", "resigned"}  # acts that are an outcome for their subject, not for an object
_PLEA = "plead"  # "pleaded guilty" is a plea, not a verdict
_SAID, _OUTCOME = "said of ", "outcome for "  # the starts of this module's slot keys
_FATE_WORD = re.compile(r"\b(?:" + "|".join(sorted({*_OUTCOMES["fate"], *_OUTCOMES["office"]}, key=len, reverse=True))
                        + r")\b", re.I)


def is_named_fate(key: str) -> bool:
    """Whether a slot's key is what befell a named person, or became of them in their office (its
    subject a name's key, "@doe")."""
    return key.startswith(_OUTCOME + "@") and key.endswith((" fate", " office"))


def named_act(key: str) -> tuple[str, str] | None:
    """The name key of the one a predicate is said of and the act's stem, when a named person did
    or underwent it: "said of @doe was arrest" -> ("doe", "arrest")."""
    if not key.startswith(_SAID + "@"):
        return None
    return key[len(_SAID) + 1:].partition(" ")[0], key.rpartition(" ")[2]


def may_tell_a_fate(text: str) -> bool:
    """Whether the sentence may tell what befell someone, or became of them in their office: a
    quick test before it is read."""
    return _FATE_WORD.search(text) is not None


def predicates(text: str, toks: TokenFeatures, roles: Roles = NO_ROLES) -> Iterator[Slot]:
    """Each predicate the sentence says of a subject, affirmed or denied, and each outcome; a
    subject that is a role the corpus names (`roles`: "the gunman") is keyed by its holder's name."""
    names = SentenceNames.of(toks)
    low = [fold(tok.text) for tok, _ in toks]
    yield from _removed_from_office(text, toks, low, names)
    told: Counter[str] = Counter()  # the stems of the sentence's words, read at the first denial
    outcomes: dict[str, set[str]] | None = None  # read at the first outcome
    for i in range(1, len(toks)):
        said = _predicate(text, toks, low, i)
        if said is None:
            continue
        last = _subject_end(text, toks, low, i, names)
        if last is None:
            continue
        run = names.by_last.get(last)
        first, subject = (run[0], run[2]) if run else (last, _noun(toks, low, last, roles))
        if subject is None or not _someone(toks, low, first) or unasserted(text, toks, low, first):
            continue
        how, k, denied = said
        word = stem(present_of(low[k]))
        if denied:
            told = told or Counter(stem(present_of(w)) for w in low)
            if told[word] > 1:
                continue  # "did not resign over the row, but resigned over his health": both
        who = text[toks[first][0].start:toks[last][0].end]
        yield Slot(f"{_SAID}{subject} {how} {word}", ("not " if denied else "") + word,
                   toks[i][0].start, toks[k][0].end, f"what is said of {who}")
        outcome = None if denied or not (how.startswith("was") or low[k] in _OWN_FATE) else _outcome(low, k)
        if outcome is None:
            continue
        if outcomes is None:
            outcomes = _outcomes_told(low)
        if len(outcomes[outcome[0]]) == 1:  # "was wounded and later died": both
            kind, value, j = outcome
            yield Slot(f"{_OUTCOME}{subject} {kind}", value, toks[i][0].start, toks[j][0].end, f"{_TOLD[kind]} {who}")


def _removed_from_office(text: str, toks: TokenFeatures, low: list[str], names: SentenceNames) -> Iterator[Slot]:
    """What became of someone another removed from office, named right after the act, titles
    aside: "the minister suspended Dr. Ana Roe" / "sacked Ana Roe" / "has sacked Ana Roe". Not "was suspended", read of
    its subject; not "ousted President Ana Roe", whose act is told elsewhere; not an act denied
    ("has not suspended", "denied he fired") or one of two told ("suspended … and fired her
    later"); not "dismissed Ana Roe's claims", "dismissed Ana Roe as a foreign agent" (rejected),
    "suspended Ana Roe from driving" (barred), nor "suspended its strike, Ana Roe said"."""
    acts = [k for k in range(1, len(toks) - 1) if _OUTCOME_OF.get(low[k], ("",))[0] == "office"]
    if not acts or len(_outcomes_told(low)["office"]) > 1:
        return  # most sentences remove no one
    for k in acts:
        if low[k] in _OWN_FATE or not _act(toks, low, k) or low[k - 1] in _NOT_AN_ACT_AFTER \
                or _denied_before(text, toks, low, k) or unasserted(text, toks, low, k):
            continue
        said = _OUTCOME_OF[low[k]]
        first = _removed_name_start(text, toks, low, k)
        run = names.by_first.get(first)
        if run is None or low[run[1]].endswith(("'s", "’s")):
            continue
        after = low[run[1] + 1] if run[1] + 1 < len(toks) else ""
        if after == "as" or after in SPEECH_VERBS or (after == "from" and _barred_from(low, run[1] + 2)):
            continue
        who = text[toks[first][0].start:toks[run[1]][0].end]
        yield Slot(f"{_OUTCOME}{run[2]} office", said[1], toks[k][0].start, toks[run[1]][0].end,
                   f"{_TOLD['office']} {who}")


def _barred_from(low: list[str], k: int) -> bool:
    """Whether what follows "from" at token `k` is something done or a suit, not an office: "suspended
    Ana Roe from driving", "dismissed Ana Roe from the lawsuit" (not "from the party", "from duty")."""
    while k < len(low) and low[k] in DETERMINERS:
        k += 1
    return k < len(low) and (low[k].endswith("ing") or low[k] in _SUITS)


_SUITS = {"lawsuit", "suit", "case", "proceedings", "trial"}


def _removed_name_start(text: str, toks: TokenFeatures, low: list[str], k: int) -> int:
    """Where the name of the one the act at token `k` removed starts: right after it, past titles
    ("suspended Dr. Ana Roe"), or past the post set off by a comma ("suspended its chief security
    officer, Ana Roe")."""
    first = k + 1
    if first < len(toks) and low[first] in _OWNERS:
        post = first + 1
        while post < len(toks) - 1 and post - first <= _POST_WORDS and low[post].isalpha() \
                and low[post] not in PREPOSITIONS and _joined(text, toks, post - 1, post):
            if gap(text, toks, post) == ",":  # a post a person holds: "its security chief", not "its strike"
                return post + 1 if is_title(low[post]) or low[post] in _POSTS else len(toks)
            post += 1
        return len(toks)
    while first < len(toks) - 1 and is_title(low[first].rstrip(".")) and _joined(text, toks, first, first + 1):
        first += 1
    return first if first < len(toks) and _joined(text, toks, k, first) else len(toks)


_OWNERS = {"its", "his", "her", "their"}  # "suspended its security chief, Ana Roe"
_POST_WORDS = 5  # the most words of such a post
_POSTS = OFFICE_NOUNS | PERSON_ROLES | {"chief", "head", "officer", "boss", "manager", "executive"}


def _denied_before(text: str, toks: TokenFeatures, low: list[str], k: int) -> bool:
    """Whether the clause before token `k` denies it: "has not suspended", "never fired", "denied
    he fired"."""
    return any(low[j] in NEGATIONS or low[j] in _DENYING or _denied_auxiliary(low[j])
               for j in clause_tokens(text, toks, k, -1, _DENIAL_REACH))


_DENYING = {"denied", "denies", "deny", "denying"}
_DENIAL_REACH = 6  # how many words before an act its denial may stand


def _subject_end(text: str, toks: TokenFeatures, low: list[str], i: int, names: SentenceNames) -> int | None:
    """Where the subject of a verb at token `i` ends: right before it in its clause, before an
    age set off by commas ("Jane Roe, 34, was charged"), or at the name of an apposition ("the
    gunman, Oren Vask, was", "Oren Vask, the gunman, was": `roles.apposed_name`)."""
    if _joined(text, toks, i - 1, i):
        return i - 1
    before = i - 1
    if before < 1 or gap(text, toks, before) != ",":
        return None
    if age_between_commas(text, toks, low, before):
        return before - 1
    head = before_relative_clause(text, toks, before)  # "Jane Roe, who was expected to quit, did not resign"
    if head is None:
        head = apposed_name(text, toks, low, before, names)
    return head if head is not None else _described_name(text, toks, low, before, names)


def _described_name(text: str, toks: TokenFeatures, low: list[str], k: int, names: SentenceNames) -> int | None:
    """The last token of the name a description set off by commas stands beside, when a verb
    follows token `k` and the comma after it: "Aleks Drum, a battalion commander, was" (`k` on
    "commander"), "A government commander, Aleks Drum, was" (`k` on "Drum"), "the firm says its
    chief, Aleks Drum, has", titles aside ("…, Colonel Aleks Drum, was")."""
    run = names.by_last.get(k)
    if run is not None:  # the description before the name
        first = run[0]
        while first > 1 and is_title(low[first - 1]) and not gap(text, toks, first - 1):
            first -= 1
        start = _description_start(text, toks, low, first - 2) if gap(text, toks, first - 1) == "," else None
        opens = start is not None and (start == 0 or gap(text, toks, start - 1) or _reported(low, start - 1))
        return k if opens else None
    start = _description_start(text, toks, low, k)  # the description after the name
    return start - 1 if start and gap(text, toks, start - 1) == "," and start - 1 in names.by_last else None


def _reported(low: list[str], j: int) -> bool:
    """Whether token `j` opens what a source says: a speech verb, or "that" after one ("the firm
    says its chief, Ana Roe, has resigned", "said that its chief, …")."""
    return low[j] in SPEECH_VERBS or (low[j] == "that" and j > 0 and low[j - 1] in SPEECH_VERBS)


def _description_start(text: str, toks: TokenFeatures, low: list[str], k: int) -> int | None:
    """Where a description ending at token `k` starts: "a", "an" or "the" and at most
    _DESCRIBING words after it, or "its", "his", "her" or "their" and a post of at most _POST_WORDS
    ("its chief information security officer"), no punctuation between them."""
    for j in range(k, max(-1, k - _POST_WORDS - 1), -1):
        if j < k and gap(text, toks, j):
            return None
        if (low[j] in ARTICLES and k - j <= _DESCRIBING) or low[j] in _OWNERS:
            return j
    return None


def _outcomes_told(low: list[str]) -> dict[str, set[str]]:
    """For each kind, the outcomes the sentence's words tell, anywhere in it."""
    told: dict[str, set[str]] = defaultdict(set)
    for n, word in enumerate(low):
        said = _outcome(low, n, alone=True)
        if said:
            told[said[0]].add(said[1])
    return told


def _outcome(low: list[str], k: int, alone: bool = False) -> tuple[str, str, int] | None:
    """The outcome said at token `k` or right after it ("shot dead", "shot and wounded", "found
    not guilty"), unless `alone`: its kind, the outcome and the index of its last word."""
    if low[k] == _PLEA or stem(low[k]) == _PLEA:
        return None
    for j in (k,) if alone else (k, k + 1, k + 2 if k + 1 < len(low) and low[k + 1] == "and" else k):
        if j + 1 < len(low) and low[j] in NEGATIONS and low[j + 1] == "guilty":
            return "verdict", "acquitted", j + 1
        if j < len(low) and low[j] in _OUTCOME_OF:
            if low[j] == "guilty" and j and low[j - 1] in NEGATIONS:
                return "verdict", "acquitted", j
            if _OUTCOME_OF[low[j]] == ("custody", "free") and j + 1 < len(low) and low[j + 1] == "from":
                return None  # "escaped from prison on Sunday" came before an arrest, not instead of it
            return (*_OUTCOME_OF[low[j]], j)
        if j + 1 < len(low) and low[j] == "cleared" and low[j + 1] == "of":  # not "cleared from the square"
            return "verdict", "acquitted", j
    return None


def _noun(toks: TokenFeatures, low: list[str], i: int, roles: Roles) -> str | None:
    """The key of token `i` if it may be a subject: a content word (a pronoun or "it" is a
    stopword), not a verb's helper, an adverb or no one in particular; its stem, or the name
    key of the one person the corpus gives the role it ends ("the gunman")."""
    if low[i] in NEGATIONS or low[i] in _NOT_SOMEONE or _denied_auxiliary(low[i]) or is_adverb(low[i]) \
            or not holds_word(toks[i][1]):
        return None
    return roles.who(toks, low, i) or toks[i][1][0]


def _someone(toks: TokenFeatures, low: list[str], first: int) -> bool:
    """Whether the noun starting at token `first`, right before the verb, is who the verb is
    said of: not a count or share of a group ("some passengers", "two of the guards", "neither
    the driver nor"; a whole against some is `wholes.py`'s), nor the object of a preposition
    ("the leader of the rebels") or of a verb ("the officer who shot the suspect was")."""
    j = first - 1
    while j >= 0 and first - j <= _DESCRIBING and (_describes(toks, low, j) or in_an_age(low, j)):
        j -= 1  # the words describing the subject: "the 34-year-old lorry driver"
    if j > 0 and low[j] in DETERMINERS:
        j -= 1
    verb = past_tense(low[j]) and j > 0 and low[j] not in UNDISTINGUISHING  # "Alleged X", "the suspected X"
    return j < 0 or not (low[j] in _NOT_SOMEONE or low[j] in PREPOSITIONS or verb or number_value(low[j]) is not None)


def _describes(toks: TokenFeatures, low: list[str], j: int) -> bool:
    return holds_word(toks[j][1]) and low[j] not in _NOT_SOMEONE and not past_tense(low[j])


def _predicate(text: str, toks: TokenFeatures, low: list[str], i: int) -> tuple[str, int, bool] | None:
    """How the predicate starting at token `i` is said (of a state or an act, now or then),
    where its word is, and whether it is denied: "was not armed", "did not resign", "never
    resigned", "resigned"."""
    if low[i] in NEGATIONS:  # "never resigned"
        return ("did", i + 1, True) if i + 1 < len(toks) and _act(toks, low, i + 1) else None
    if low[i] not in _AUXILIARIES and not _denied_auxiliary(low[i]):
        return ("did", i, False) if _act(toks, low, i) else None
    aux = _base(low[i])
    state, denied, k = aux in BE, _denied_auxiliary(low[i]), i + 1
    while k < len(toks) and _joined(text, toks, k - 1, k) and (low[k] in NEGATIONS or low[k] in BE):
        denied |= low[k] in NEGATIONS
        state |= low[k] in BE
        k += 1
    if k + 2 < len(toks) and low[k] == "among" and low[k + 1] == "the" and low[k + 2] in FATES:
        k += 2  # "was among the dead": dead
    elif (not denied and k + 1 < len(toks) and is_adverb(low[k]) and low[k + 1] in _OUTCOMES["fate"]
          and _joined(text, toks, k, k + 1)):
        k += 1  # "was seriously wounded": how badly, not whether ("not immediately charged" may deny the adverb)
    if k == len(toks) or not _joined(text, toks, k - 1, k) or not holds_word(toks[k][1]) or is_adverb(low[k]) \
            or (not state and aux in _DO_NOW | _DO_THEN and not denied):
        return None  # "was not immediately charged" may deny only "immediately"
    if denied and k + 1 < len(toks) and low[k + 1] in _PARTIAL and _joined(text, toks, k, k + 1):
        return None
    return ("was" if state else "did") + (" now" if aux in _NOW else ""), k, denied


def _act(toks: TokenFeatures, low: list[str], i: int) -> bool:
    """An act told in the past: "resigned", "fled"."""
    return holds_word(toks[i][1]) and past_tense(low[i])


def _joined(text: str, toks: TokenFeatures, a: int, b: int) -> bool:
    """Tokens `a` and `b` stand in one clause: no punctuation between them."""
    return not PUNCTUATION.search(text, toks[a][0].end, toks[b][0].start)


def _denied_auxiliary(word: str) -> bool:
    return word.endswith(CONTRACTED_NOT) and _base(word) in _AUXILIARIES


def _base(word: str) -> str:
    """An auxiliary without its "-n't": "wasn't" -> "was"."""
    for ending in CONTRACTED_NOT:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word
