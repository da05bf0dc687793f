"""Names the text says are one thing ("Varn Aviation, formerly Kestrel Air,") are one entity,
in the sidebar and in the keys the analysis compares names by."""

import pytest

from tui.core.entities import find_entities, read_names

from .corpus import articles_from


def together(entities, a: str, b: str) -> bool:
    """The names written a and b are mentions of one entity."""
    return any({a, b} <= {m.text for m in e.mentions} for e in entities)


@pytest.mark.parametrize("sentence, a, b", [
    ("Varn Aviation, formerly Kestrel Air, cut flights on Monday.", "Varn Aviation", "Kestrel Air"),
    ("Flights to Ardmyr (formerly Bellopol) resumed.", "Ardmyr", "Bellopol"),
    ("A video on Varn, formerly Kestrel Air, shows the landing.", "Varn", "Kestrel Air"),
    ("Officials said that Varn Aviation, formerly Kestrel Air, cut flights.", "Varn Aviation", "Kestrel Air"),
    ("Delegates met in Kelso, previously called Kelsa, on Friday.", "Kelso", "Kelsa"),
    ("Meta Holdings, the company formerly known as Facebook, will pay.", "Meta Holdings", "Facebook"),
    ("Ravenna Corp (now Halden Group) sued the ministry.", "Ravenna Corp", "Halden Group"),
    ("The Ardent Brotherhood, also known as Jund al-Karim, claimed the attack.", "Ardent Brotherhood", "Jund al-Karim"),
    ("The Ardent Brotherhood, a.k.a. the Grey Hand, claimed the attack.", "Ardent Brotherhood", "Grey Hand"),
    # a nickname joins a person's name when both are read as people
    ("Drug lord Ostap Varga, known as “El Toro”, said nothing. El Toro told police little.", "Ostap Varga", "El Toro"),
    # an acronym in brackets after its name, in another language's word order or leaving words out
    ("The Autonomous Electoral Commission (CEA) said the count was over. CEA will publish it.",
     "Autonomous Electoral Commission", "CEA"),
    ("The Levant Liberation Front (FLL) claimed the attack. FLL posted a video.",
     "Levant Liberation Front", "FLL"),
])
def test_a_name_the_text_calls_another_name_of_one_thing_joins_it(sentence, a, b):
    assert together(find_entities(articles_from(sentence)), a, b)


def test_the_join_holds_in_every_article_and_in_the_analysis_keys():
    articles = articles_from("Varn Aviation, formerly Kestrel Air, cut flights on Monday.",
                             "Kestrel Air cancelled twelve flights.")
    assert together(find_entities(articles), "Varn Aviation", "Kestrel Air")
    names = read_names(articles)
    spans = names.spans({(a.id, p.index) for a in articles for p in a.paragraphs})
    keys = {span.key for found in spans.values() for span in found}
    assert len(keys) == 1


@pytest.mark.parametrize("sentence, a, b", [
    # what follows is no name that ends the phrase: a description, a possessive, a person acting
    ("The Varnhall, now led by Ivo Tamm, said so.", "Varnhall", "Ivo Tamm"),
    ("Ivo Tamm, formerly Kestrel Air chief, resigned.", "Ivo Tamm", "Kestrel Air"),
    ("Ostap Varga, now Ardland's envoy, arrived.", "Ostap Varga", "Ardland"),
    # "now" after a comma tells what a third thing is now
    ("He was born in Breslin, then Ardland, now Bellia.", "Ardland", "Bellia"),
    # the phrase names the noun the first name depends on
    ("The armed wing of Hamoz, known as the Red Brigades, fired rockets.", "Hamoz", "Red Brigades"),
    ("The militia in Gazra, known as Hamoz, fired rockets.", "Gazra", "Hamoz"),
    ("The highway that circles Ardtown, also known as the Grey Ring, was closed.", "Ardtown", "Grey Ring"),
    ("Acme Mills, a unit of the group known as Beta Holdings, closed.", "Acme Mills", "Beta Holdings"),
    # a person is no company
    ("Spokesman Ivo Tamm, previously Kestrel Air, declined to comment. Tamm said little.", "Ivo Tamm", "Kestrel Air"),
    # a party's acronym after a person is not the person's: its letters are not the name's initials
    ("Senator Ivo Tamm (SDP) voted against. The SDP lost.", "Ivo Tamm", "SDP"),
])
def test_names_side_by_side_that_the_text_does_not_call_one_stay_apart(sentence, a, b):
    entities = find_entities(articles_from(sentence))
    assert {a, b} <= {m.text for e in entities for m in e.mentions}
    assert not together(entities, a, b)


def test_a_name_said_to_be_the_former_name_of_two_things_joins_neither():
    entities = find_entities(articles_from("Varn Aviation, formerly Kestrel Air, cut flights.",
                                           "Ardo Group, formerly Kestrel Air, cut jobs."))
    assert not together(entities, "Varn Aviation", "Kestrel Air")
    assert not together(entities, "Ardo Group", "Kestrel Air")
    assert not together(entities, "Varn Aviation", "Ardo Group")


@pytest.mark.parametrize("text, shown", [
    ("Landing filmed\n\nA video on Varn, formerly Kestrel Air, shows the landing.\n\nKestrel Air had flown the route.",
     "Varn"),
    ("Fine paid\n\nThe fine was paid by Ravenna Corp (now Halden Group) in May.\n\nLawyers for Ravenna Corp appealed.",
     "Halden Group"),
])
def test_the_entity_is_shown_by_its_name_now_not_the_former_one(text, shown):
    entities = find_entities(articles_from(text))
    assert [e.name for e in entities if len(e.variants) > 1] == [shown]


@pytest.mark.parametrize("texts, apart", [
    (("Budget vote\n\nAna Pell, formerly Green Union, said she would vote against the budget.",
      "Pell votes no\n\nAna Pell will vote against the budget. The Green Union backs it."), ("Ana Pell", "Green Union")),
    (("Claim checked\n\nThe claim was verified by Oren Vask, previously Kelso Herald, on Monday.",),
     ("Oren Vask", "Kelso Herald")),
    (("Sister speaks\n\nJane Tamm (formerly Pell), the sister of the jailed banker Ivo Pell, told reporters he was ill.",
      "Banker jailed\n\nBanker Ivo Pell was sentenced on Friday. Pell denied wrongdoing."), ("Jane Tamm", "Ivo Pell")),
])
def test_a_person_and_a_body_or_another_person_a_word_already_names_are_not_joined(texts, apart):
    assert not together(find_entities(articles_from(*texts)), *apart)


def test_a_former_name_whose_join_was_refused_still_names_its_own_entity():
    entities = find_entities(articles_from(
        "Transfer\n\nMidfielder Ivo Tamm, formerly Kelso Rovers, said he was delighted.",
        "Rovers lose\n\nKelso Rovers lost 3-1 on Saturday. The Rovers had led at half-time."))
    assert any(e.name == "Kelso Rovers" for e in entities)
