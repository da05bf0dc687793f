"""A country inside the name of its embassy, consulate or ministry joins the country. Invented
events; the countries are known places."""

from tui.core.entities import find_entities

from .corpus import articles_from
from .test_entities import entity_of


def test_the_country_in_an_embassy_name_joins_the_country_and_the_embassy_word_names_nothing():
    entities = find_entities(articles_from(
        "Norway condemned the arrests. Crowds gathered outside the Norway Embassy in Tessaly on Friday.",
        "The Embassy of Norway in Tessaly closed its doors, and Norway recalled its envoy.",
    ))
    norway = entity_of(entities, "Norway")
    assert norway.kind == "place"
    assert sum(m.text == "Norway" for m in norway.mentions) == 4
    assert not any("Embassy" in m.text for e in entities for m in e.mentions)


def test_a_ministry_keeps_its_own_name_beside_the_country():
    entities = find_entities(articles_from(
        "The Chile Ministry of Health said 12 clinics were closed. Chile asked for help.",
        "The Ministry of Health said a dozen clinics had shut.",
    ))
    assert entity_of(entities, "Chile").kind == "place"
    assert {m.text for m in entity_of(entities, "Ministry of Health").mentions} == {"Ministry of Health"}


def test_a_name_that_is_no_known_place_keeps_its_institution_word():
    entities = find_entities(articles_from(
        "Guests of the Harwick Embassy Suites were moved. Officer Ada Lind thanked the Harwick Embassy staff.",
    ))
    assert entity_of(entities, "Harwick Embassy Suites")
    assert entity_of(entities, "Harwick Embassy")
