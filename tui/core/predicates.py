"""What is said of someone, and what another article says otherwise.

- Denials: "the suspect was armed" / "the suspect was not armed", "the minister resigned" /
  "the minister did not resign", "has been charged" / "has not been charged". Each is a slot
  (`slots.Slot`) keyed by who it is said of, how it is said (of a state, "was"; or of an act)
  and the word said, and filled with whether it is denied.
- Outcomes that exclude each other: "the guard was killed" / "was wounded" / "was unhurt";
  "was convicted" / "was acquitted". A slot keyed by who and which kind of outcome, filled
  with the outcome.

Matching sentences that fill one slot differently diverge (`quantities.numbers`). Precision
first, because a misreading is a contradiction shown that no source makes:
- the subject must be a name or a noun standing right before the verb. A pronoun ("he was
  not armed") or "it" ("it was not clear") names nobody both articles can be seen to mean; a
  count or share of a group ("two passengers", "some of the guards") or a noun after a
  preposition ("the leader of the rebels") is not who the verb is said of;
- the denial must stand on the verb itself ("not", "never", "-n't"): "no one was hurt", "would
  not confirm" (a modal: what someone would do is not what was done) are not read;
- only an adverb in -ly may stand between the verb and the word said ("was not immediately
  charged").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from tui.core.features import TokenFeatures, is_word, name_runs
from tui.core.slots import Slot
from tui.core.text import fold, number_value, past_tense, stem

_DENIERS = {"not", "never"}
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_HAVE = {"has", "have", "had"}
_DO = {"did", "does", "do"}
_AUXILIARIES = _BE | _HAVE | _DO
# Words before a subject that make it a count or a share of a group, not someone.
_QUANTIFIERS = set("""some many all every each no few several most both any none other more fewer
half""".split())
_DETERMINERS = set("the a an this that these those its their his her our".split())
_PREPOSITIONS = set("of in at on from with for by to into about over under after before than near".split())
_DESCRIBING = 3  # how many words may describe a subject between it and its determiner
_KEY = "whether "  # the start of a slot key of this module: "whether suspect was arm"
# Outcomes for one person that exclude each other, by kind: the word said -> the outcome. What
# was denied ("was not killed") is no outcome, and the denial is read as such.
_OUTCOMES = {
    "fate": {**dict.fromkeys("killed dead died slain".split(), "dead"),
             **dict.fromkeys("injured wounded hurt".split(), "hurt"),
             **dict.fromkeys("unharmed unhurt uninjured".split(), "unhurt")},
    "verdict": {**dict.fromkeys("convicted guilty".split(), "convicted"),
                **dict.fromkeys("acquitted cleared".split(), "acquitted")},
}
_TOLD = {"fate": "what befell", "verdict": "the verdict on"}  # how a summary names an outcome's slot
_OUTCOME_OF = {word: (kind, outcome) for kind, words in _OUTCOMES.items() for word, outcome in words.items()}
_OF_STATE, _OF_ACT = "was", "did"  # how a predicate is said: of a state, or of an act


def predicates(text: str, toks: TokenFeatures) -> Iterator[Slot]:
    """Each predicate the sentence says of a subject, affirmed or denied, and each outcome."""
    names = {last: (first, key) for first, last, key in name_runs(toks)}
    low = [fold(tok.text) for tok, _ in toks]
    told: dict[str, set[str]] = defaultdict(set)  # kind -> the outcomes the sentence's words tell
    for kind, outcome in filter(None, map(_OUTCOME_OF.get, low)):
        told[kind].add(outcome)
    for i in range(1, len(toks)):
        first, subject = names.get(i - 1) or (i - 1, _noun(toks, low, i - 1))
        if subject is None or _not_the_subject(toks, low, first):
            continue
        said = _predicate(toks, low, i)
        if said is not None:
            how, k, denied = said
            word = stem(toks[k][0].text)
            who = text[toks[first][0].start:toks[i - 1][0].end]
            yield Slot(f"{_KEY}{subject} {how} {word}", ("not " if denied else "") + word,
                       toks[i][0].start, toks[k][0].end, f"whether {who} {toks[k][0].text}")
            outcome = None if denied else _outcome(low, k)
            if outcome is not None and len(told[outcome[0]]) == 1:  # "was wounded and later died": both
                kind, value, j = outcome
                yield Slot(f"{_KEY}{subject} {kind}", value, toks[i][0].start, toks[j][0].end, f"{_TOLD[kind]} {who}")


def _outcome(low: list[str], k: int) -> tuple[str, str, int] | None:
    """The outcome said at token `k`, or right after it ("shot dead", "shot and wounded"): its
    kind, the outcome and where its word is."""
    for j in (k, k + 1, k + 2 if k + 1 < len(low) and low[k + 1] == "and" else k):
        if j < len(low) and low[j] in _OUTCOME_OF:
            return (*_OUTCOME_OF[low[j]], j)
    return None


def _noun(toks: TokenFeatures, low: list[str], i: int) -> str | None:
    """The stem of token `i` if it may be a subject: a content word (a pronoun or "it" is a
    stopword), not a verb's helper or adverb ("wasn't", "never", "immediately")."""
    if low[i] in _DENIERS or _denied_auxiliary(low[i]) or _adverb(low[i]) or not _is_content(toks, i):
        return None
    return toks[i][1][0]


def _not_the_subject(toks: TokenFeatures, low: list[str], first: int) -> bool:
    """Whether the noun starting at token `first`, right before the verb, is not who the verb
    is said of: a count or a share of a group ("some passengers", "two of the guards", "every
    guard": "some were not evacuated" and "two were" do not contradict each other, and a whole
    against some is `wholes.py`'s), or the object of a preposition ("the leader of the rebels",
    "decisions of this nature")."""
    j = first - 1
    while j >= 0 and first - j <= _DESCRIBING and _is_content(toks, j) and low[j] not in _QUANTIFIERS:
        j -= 1  # the words describing the subject: "the 34-year-old lorry driver"
    if j > 0 and low[j] in _DETERMINERS:
        j -= 1
    return j >= 0 and (low[j] in _QUANTIFIERS or low[j] in _PREPOSITIONS or number_value(low[j]) is not None)


def _predicate(toks: TokenFeatures, low: list[str], i: int) -> tuple[str, int, bool] | None:
    """How the predicate starting at token `i` is said, where its word is, and whether it is
    denied: "was not armed" (a state), "did not resign", "resigned" (an act)."""
    if low[i] not in _AUXILIARIES and not _denied_auxiliary(low[i]):
        return _past_act(toks, i)
    how, denied, k = _OF_STATE if _base(low[i]) in _BE else _OF_ACT, _denied_auxiliary(low[i]), i + 1
    while k < len(toks) and (low[k] in _DENIERS or low[k] in _BE or _adverb(low[k])):
        denied |= low[k] in _DENIERS
        how = _OF_STATE if low[k] in _BE else how
        k += 1
    if k == len(toks) or not _is_content(toks, k) or (how == _OF_ACT and _base(low[i]) in _DO and not denied):
        return None
    return how, k, denied


def _past_act(toks: TokenFeatures, i: int) -> tuple[str, int, bool] | None:
    """An act told in the past right after its subject: "the minister resigned"."""
    return (_OF_ACT, i, False) if _is_content(toks, i) and past_tense(toks[i][0].text) else None


def _denied_auxiliary(word: str) -> bool:
    return word.endswith(("n't", "n’t")) and _base(word) in _AUXILIARIES


def _base(word: str) -> str:
    """An auxiliary without its "-n't": "wasn't" -> "was"."""
    for ending in ("n't", "n’t"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4


def _is_content(toks: TokenFeatures, k: int) -> bool:
    feats = toks[k][1]
    return bool(feats) and is_word(feats[0])
