"""What a sentence says of someone, as the divergences read it (`predicates.py`)."""

import pytest

from tui.core.align import align
from tui.core.predicates import predicates
from tui.core.entities import read_names

from .corpus import articles_from


def said(sentence: str) -> list[tuple[str, str]]:
    articles = articles_from(f"Title\n\n{sentence}")
    alignment = align(articles, read_names(articles))
    return [(s.key, s.value) for s in predicates(alignment.texts[0], alignment.tokens(0))]


@pytest.mark.parametrize("sentence, value", [
    ("The guard was armed at the gate.", "arm"),
    ("The guard was not armed at the gate.", "not arm"),
    ("The guard wasn't armed at the gate.", "not arm"),
    ("The guard was never armed at the gate.", "not arm"),
])
def test_a_state_affirmed_or_denied_is_one_slot(sentence, value):
    assert said(sentence) == [("whether guard was arm", value)]


def test_an_act_and_its_denial_meet():
    assert said("The mayor resigned in June.") == [("whether mayor did resign", "resign")]
    assert said("The mayor did not resign in June.") == [("whether mayor did resign", "not resign")]
    assert said("The mayor has not resigned.") == [("whether mayor did resign", "not resign")]


def test_an_adverb_may_stand_between_the_verb_and_the_word_said():
    assert said("The clerk was not immediately charged.") == [("whether clerk was charg", "not charg")]
    assert said("The clerk has not yet been charged.") == []  # "yet" is no adverb in -ly


def test_a_named_subject_is_keyed_by_its_name():
    [(key, value)] = said("Ona Brill was not present at the hearing.")
    assert key.startswith("whether @") and key.endswith(" was present") and value == "not present"


@pytest.mark.parametrize("sentence", [
    "He was not armed at the gate.",  # a pronoun names nobody two articles can be seen to mean
    "It was not clear who fired first.",
    "The envoy would not confirm the meeting.",  # what someone would do is not what was done
    "No passengers were hurt.",  # the denial is on the subject, not the verb
    "The guard did resign.",  # "did" without a denial says nothing more than "resigned"
])
def test_what_is_not_read(sentence):
    assert [key for key, value in said(sentence) if value.startswith("not ")] == []


@pytest.mark.parametrize("subject", ["Some passengers", "Two passengers", "Every passenger", "Two of the passengers",
                                     "Most stranded passengers", "The families of the passengers",
                                     "Cabins on the lower deck"])
def test_a_count_or_share_of_a_group_or_the_object_of_a_preposition_is_not_the_subject(subject):
    assert said(f"{subject} were not evacuated.") == []


@pytest.mark.parametrize("sentence, outcome", [
    ("The guard was shot dead at the gate.", "dead"),
    ("The guard died at the gate.", "dead"),
    ("The guard was shot and wounded at the gate.", "hurt"),
    ("The guard was unhurt.", "unhurt"),
])
def test_an_outcome_said_of_someone(sentence, outcome):
    assert ("whether guard fate", outcome) in said(sentence)


def test_an_outcome_denied_or_told_two_ways_is_none():
    assert not [key for key, _ in said("The guard was not killed at the gate.") if key.endswith(" fate")]
    assert not [key for key, _ in said("The guard was wounded at the gate and died later.") if key.endswith(" fate")]
