"""Schematic cases of what the alignment must get right on any event: one per cause of the
misses and false links seen on events the rules were not written for. Each article is a few
paragraphs; the filler paragraphs give the corpus statistics a story's worth of other words.
Cases the lexical alignment cannot yet meet are marked xfail (strict), so that fixing one shows."""

import pytest

from tui.core.compare import compare
from tui.core.model import Ref

from .corpus import articles_from, features_of

FILLER = [
    "The museum reopened its east wing after a long renovation.",
    "Shares in the regional airline fell sharply in early trading.",
    "A heatwave is expected to reach the coast by the weekend.",
    "The football club announced a new coach for the coming season.",
]


def linked(first: str, second: str, *others: str) -> bool:
    """Whether the first paragraphs of two articles are linked, each article padded with filler."""
    texts = [f"{first}\n\n{FILLER[0]}", f"{second}\n\n{FILLER[1]}",
             *(f"{o}\n\n{FILLER[2 + n % 2]}" for n, o in enumerate(others))]
    c = compare(articles_from(*texts))
    return any({l.a, l.b} == {Ref("a0", 0), Ref("a1", 0)} for l in c.links)


def test_a_fact_inside_a_long_sentence():
    assert linked(
        "Envoy Marta Quell met the prime minister in Sorvik and handed over a letter from the president.",
        "The agreement follows talks in Sorvik between the prime minister and Quell, which also covered "
        "fishing rights and a new embassy.",
    )


def test_the_central_fact_told_by_every_outlet():
    lead = "Rebels freed 40 hostages on Sunday after weeks of talks."
    assert linked(lead, "On Sunday the rebels freed 40 hostages following weeks of talks.",
                  "The rebels freed 40 hostages on Sunday.", "Forty hostages were freed by rebels on Sunday.")


def test_a_sentence_full_of_rare_names_meets_its_partner():
    assert linked(
        "Delegations from Quarvia, Ostrelund, Belvaro, Tessaly, Morvania, Kestrel Isles, Dunmoor, "
        "Varnholt and Sellick signed the fishing accord.",
        "The fishing accord was signed by Quarvia, Ostrelund and seven other delegations.",
    )


@pytest.mark.xfail(strict=True, reason="leaving descriptions beside a name out of the match fixes this, but moved "
                                        "one link on each development set the wrong way (measured); not taken yet")
def test_a_description_beside_a_name_does_not_link_two_facts():
    assert not linked(
        "Exiled opposition leader Dana Rusk said the vote was rigged.",
        "Exiled opposition leader Dana Rusk will tour three capitals next month.",
    )


def test_an_unrelated_weekday_does_not_link():
    assert not linked("The storm reached the islands on Tuesday.",
                      "The finance minister resigned on Tuesday.")


def test_one_number_of_the_wounded_and_of_the_dead_does_not_link():
    stormed = "Gunmen killed 29 people in the attack on the base."
    assert not linked("Twenty-nine people were wounded in the attack.", stormed)
    assert linked("Twenty-nine people were killed in the attack.", stormed)
    # fates that follow one another count one group: the detained are those charged
    assert linked("Police detained 29 protesters in Varn on Friday.",
                  "The 29 protesters were charged in Varn on Sunday.")


def test_a_shared_attribution_does_not_link():
    assert not linked("The factory will close in March, the ministry confirmed.",
                      "Two new schools open in the valley, the ministry confirmed.")


@pytest.mark.xfail(strict=True, reason="paraphrase with no shared content word needs meaning, not lexical rules")
def test_a_paraphrase_with_other_words():
    assert linked("The driver fled the scene in a car.", "He drove off in a vehicle.")


def test_an_acronym_and_its_expansion_are_one_name():
    a, b = features_of("The United Nations sent observers.", "The UN sent observers.")
    assert {f for f in a & b if f.startswith("@")}
