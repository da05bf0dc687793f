"""What a sentence says of someone, as the divergences read it (`predicates.py`)."""

import pytest

from tui.core.align import align
from tui.core.entities import read_names
from tui.core.predicates import predicates
from tui.core.roles import NO_ROLES, Roles

from .corpus import articles_from


def said(sentence: str, roles: Roles = NO_ROLES) -> list[tuple[str, str]]:
    articles = articles_from(f"Title\n\n{sentence}")
    alignment = align(articles, read_names(articles))
    return [(s.key, s.value) for s in predicates(alignment.texts[0], alignment.tokens(0), roles)]


def denials(sentence: str) -> list[str]:
    return [key for key, value in said(sentence) if value.startswith("not ")]


def outcomes(sentence: str) -> list[tuple[str, str]]:
    return [(key, value) for key, value in said(sentence) if key.startswith("outcome for ")]


@pytest.mark.parametrize("sentence, value", [
    ("The guard was armed at the gate.", "arm"),
    ("The guard was not armed at the gate.", "not arm"),
    ("The guard wasn't armed at the gate.", "not arm"),
    ("The guard was never armed at the gate.", "not arm"),
    ("The 34-year-old guard was not armed at the gate.", "not arm"),
])
def test_a_state_affirmed_or_denied_is_one_slot(sentence, value):
    assert said(sentence) == [("said of guard was arm", value)]


@pytest.mark.parametrize("sentence, value", [
    ("The mayor resigned in June.", "resign"),
    ("The mayor did not resign in June.", "not resign"),
    ("The mayor has not resigned.", "not resign"),
    ("The mayor never resigned.", "not resign"),
])
def test_an_act_and_its_denial_meet(sentence, value):
    assert said(sentence)[0] == ("said of mayor did resign", value)
    # what became of the mayor in office is told only when the act is not denied
    assert (("outcome for mayor office", "resigned") in said(sentence)) == (not value.startswith("not "))


def test_an_irregular_past_meets_its_denial():
    assert said("The driver fled.") == [("said of driver did flee", "flee"), ("outcome for driver custody", "free")]
    assert said("The driver did not flee.") == [("said of driver did flee", "not flee")]


def test_whether_someone_sought_was_caught_is_an_outcome():
    assert ("outcome for suspect custody", "held") in said("The suspect was arrested at his flat.")
    assert ("outcome for suspect custody", "free") in said("The suspect escaped before officers arrived.")
    # an escape from prison comes before an arrest, not instead of it
    assert not [kv for kv in said("The suspect escaped from prison on Sunday.") if kv[0].startswith("outcome")]
    # "Alleged" opening the sentence describes the one said to have escaped
    assert ("outcome for ringlead custody", "free") in said("Alleged ringleader escaped before officers arrived.")


def test_the_present_is_not_the_past():
    assert said("The road is not closed.") == [("said of road was now close", "not close")]
    assert said("The road was closed.") == [("said of road was close", "close")]


def test_an_age_between_commas_may_stand_between_the_subject_and_its_verb():
    assert outcomes("The guard, 34, was shot dead at the gate.") == [("outcome for guard fate", "dead")]
    assert outcomes("The guard, 1999, was shot dead at the gate.") == []  # no age


def test_a_named_subject_is_keyed_by_its_name():
    [(key, value)] = said("Ona Brill was not present at the hearing.")
    assert key.startswith("said of @") and key.endswith(" was present") and value == "not present"


@pytest.mark.parametrize("subject, key", [
    ("The gunman", "@vask"),
    ("The lone gunman", "@vask"),
    ("The 34-year-old gunman", "@vask"),
    ("A gunman", "gunman"),  # one of any number
    ("The first gunman", "gunman"),  # one of several
    ("The guard", "guard"),  # a role the corpus names no one for
])
def test_a_role_the_corpus_gives_one_name_is_said_of_that_name(subject, key):
    assert said(f"{subject} was shot dead.", Roles({"gunman": "@vask"})) == [
        (f"said of {key} was shoot", "shoot"), (f"outcome for {key} fate", "dead")]


@pytest.mark.parametrize("sentence", ["The gunman, Oren Vask, was shot dead.", "Oren Vask, the gunman, was shot dead.",
                                      "The gunman, Oren Vask, 34, was shot dead.",
                                      # a description set off by commas, whoever it may be
                                      "The first suspect, Oren Vask, was shot dead.",
                                      "A government commander, Oren Vask, was among the dead.",
                                      "Oren Vask, a battalion commander, was killed."])
def test_the_subject_of_an_apposition_is_the_name_it_gives(sentence):
    [(key, value)] = outcomes(sentence)
    assert key.startswith("outcome for @") and key.endswith(" fate") and value == "dead"


@pytest.mark.parametrize("sentence", [
    "The brother of the gunman, Oren Vask, was shot dead.",  # the brother or the gunman?
    "The driver, Oren Vask, and the guard were shot dead.",
    "In the square, Oren Vask, was shot dead.",
])
def test_what_is_no_apposition_before_a_verb(sentence):
    assert [key for key, _ in outcomes(sentence) if "@" in key] == []


@pytest.mark.parametrize("sentence", [
    "He was not armed at the gate.",  # a pronoun names nobody two articles can be seen to mean
    "It was not clear who fired first.",
    "Nobody was injured when the bus left the road.",
    "The envoy would not confirm the meeting.",  # what someone would do is not what was done
    "No passengers were hurt.",  # the denial is on the subject, not the verb
    "The guard did resign.",  # "did" without a denial says nothing more than "resigned"
    "The clerk was not immediately charged.",  # the denial may be of "immediately" only
    "The clerk was not charged with murder.",  # but perhaps with manslaughter
    "The clerk was not arrested until Friday.",
    "The clerk has not been seen since Friday.",
    "It was unclear whether the clerk was not armed.",  # a question, not a claim
    "If the clerk was not armed, the shooting was unlawful.",
    "The mayor denied reports that the clerk was not armed.",
    "Neither the driver nor the clerk was not hurt.",
    "The officer who shot the clerk was not armed with a rifle.",  # the clerk is the one shot
    "The guard, not the clerk, was not armed.",
    "The clerk was not, police said, armed.",
    "The clerk did not resign over the row, but resigned over his health.",  # both told
    "A second clerk was not armed.",  # one of several
])
def test_what_is_not_read_as_a_denial(sentence):
    assert [key for key in denials(sentence) if "clerk" in key or "guard" not in key] == []


@pytest.mark.parametrize("subject", ["Some passengers", "Two passengers", "Every passenger", "Two of the passengers",
                                     "Most stranded passengers", "The families of the passengers",
                                     "Cabins on the lower deck"])
def test_a_count_or_share_of_a_group_or_the_object_of_a_preposition_is_not_the_subject(subject):
    assert said(f"{subject} were not evacuated.") == []


def test_a_noun_in_ly_may_be_the_subject():
    assert denials("The victim's family was not informed.") == ["said of famili was inform"]


@pytest.mark.parametrize("sentence, outcome", [
    ("The guard was shot dead at the gate.", "dead"),
    ("The guard died at the gate.", "dead"),
    ("The guard was shot and wounded at the gate.", "hurt"),
    ("The guard was unhurt.", "unhurt"),
])
def test_an_outcome_said_of_someone(sentence, outcome):
    assert outcomes(sentence) == [("outcome for guard fate", outcome)]


@pytest.mark.parametrize("sentence, outcome", [
    ("The clerk was convicted of fraud.", "convicted"),
    ("The clerk was found guilty of fraud.", "convicted"),
    ("The clerk was found not guilty of fraud.", "acquitted"),
    ("The clerk was acquitted of fraud.", "acquitted"),
    ("The clerk was cleared of fraud.", "acquitted"),
])
def test_a_verdict(sentence, outcome):
    assert outcomes(sentence) == [("outcome for clerk verdict", outcome)]


@pytest.mark.parametrize("sentence", [
    "The guard was not killed at the gate.",  # denied: no outcome
    "The guard was wounded at the gate and died later.",  # two outcomes told: neither
    "Police shot dead a gunman at the gate.",  # an act of the police, not their fate
    "The soldier killed the gunman at the gate.",
    "The jury convicted the clerk.",
    "The clerk pleaded guilty to fraud.",  # a plea, not a verdict
    "Protesters were cleared from the square.",  # not "cleared of" a charge
])
def test_what_is_not_an_outcome(sentence):
    assert outcomes(sentence) == []
