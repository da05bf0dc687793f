"""How names are read on events of any kind (politics, war, crime): demonyms after a compass
point, institutions joined by "and", words of a title written in title case, a name's display
form. Invented people and places."""

import pytest

from tui.core.entities import find_entities
from tui.core.mentions import find_mentions

from .corpus import articles_from
from .test_entities import entity_of, mention_texts


@pytest.mark.parametrize("demonym", ["West German", "East German", "German"])
def test_a_compass_point_before_a_demonym_is_still_its_lands_demonym(demonym):
    articles = articles_from(
        "Reunion\n\n"
        f"Decades later, the {demonym} border guard Oto Varnik told his story in Tessaly on Monday.")
    assert mention_texts(find_entities(articles)) == {"Oto Varnik", "Tessaly"}
    assert {m.text: m.place for m in find_mentions(articles)}[demonym] == "germany"


def test_a_name_is_shown_written_out_rather_than_by_its_abbreviation():
    entities = find_entities(articles_from(
        "Wildfire\n\nFires burned near Dunmore, Calif., and Oakvale, Calif., on Monday, and Ridgeby, Calif., "
        "was evacuated.",
        "Wildfire two\n\nThe fires in California spread on Monday."))
    state = next(e for e in entities if "California" in e.variants)
    assert state.name == "California" and state.variants[0] == "Calif"


@pytest.mark.parametrize("text, names", [
    ("Police added Oto Varnik to the TBI's Ten Most Wanted list on Friday.", {"TBI", "Oto Varnik", "Ten Most Wanted"}),
    ("Thousands joined the Fridays For Future march with Oto Varnik.", {"Fridays For Future", "Oto Varnik"}),
    ("Thousands joined the Stand With Ukraine march in Tessaly.", {"Ukraine", "Tessaly"}),
    ("The envoy flew to The Hague on Monday with Oto Varnik.", {"Hague", "Oto Varnik"}),
])
def test_everyday_words_of_a_title_written_in_title_case_are_one_name_not_fragments(text, names):
    assert mention_texts(find_entities(articles_from("Manhunt\n\nThe search went on for a week.\n\n" + text))) == names


@pytest.mark.parametrize("text, names", [
    ("On Monday the Ministry of Health and Red Lantern workers reached Tessaly. Red Lantern said more help "
     "was coming.", {"Ministry of Health", "Red Lantern", "Tessaly"}),
    ("On Monday the Ministry of Trade and Industry met Industry Minister Oto Varnik.",
     {"Ministry of Trade and Industry", "Industry", "Oto Varnik"}),
    ("On Monday the Ministry of Health and Red Lantern workers reached Tessaly.",
     {"Ministry of Health and Red Lantern", "Tessaly"}),  # nothing says Red Lantern is a name of its own
])
def test_an_and_between_two_institutions_splits_them_when_the_second_stands_alone(text, names):
    assert mention_texts(find_entities(articles_from("Aid\n\nThe search went on for a week.\n\n" + text))) == names


def test_a_surname_opening_a_sentence_is_a_mention_of_the_person_named_in_full():
    entities = find_entities(articles_from(
        "Vote\n\nThe count in the capital lasted most of the night.\n\n"
        "OTO VARNIK won the vote in Tessaly on Monday. Varnik said the count was clean.\n\n"
        "LIA YOUNG lost. Young voters stayed at home. Varnik thanked them."))
    varnik = next(e for e in entities if "OTO VARNIK" in e.variants)
    assert [m.text for m in varnik.mentions] == ["OTO VARNIK", "Varnik", "Varnik"]
    assert "Young" not in mention_texts(entities)  # an everyday word opening a sentence


def test_an_institution_stays_whole_when_its_last_words_stand_only_after_an_and_of_their_own():
    entities = find_entities(articles_from(
        "Rule\n\nThe search went on for a week.\n\nThe Department of Health and Human Services issued the rule. "
        "Health and Human Services Secretary Ana Vel defended it."))
    assert "Department of Health and Human Services" in mention_texts(entities)


def test_a_description_between_the_and_a_persons_name_does_not_make_a_body():
    entities = find_entities(articles_from("Match report\n\nThe Norwegian Oto Varnik scored twice on Sunday.",
                                           "Late goal\n\nVarnik scored in the last minute."))
    [varnik] = [e for e in entities if "Oto Varnik" in e.variants or "Norwegian Oto Varnik" in e.variants]
    assert varnik.kind == "person" and "Varnik" in varnik.variants


def test_a_dateline_opens_the_sentence_and_its_capitals_give_way_to_the_written_name():
    entities = find_entities(articles_from("Strikes\n\nVARNO — Strikes hit the city on Monday. Varno was dark.",
                                           "Night\n\nThe strikes on Varno went on."))
    assert [e.name for e in entities] == ["Varno"]


def test_a_tabloids_word_before_a_full_name_opening_a_sentence_is_no_part_of_it():
    entities = find_entities(articles_from(
        "Bus siege\n\nPolice arrested Ivo Tamm on Monday. Brave Lena Sorel, 29, calmed the children.",
        "SIEGE HORROR\n\nMonster Ivo Tamm, 41, waved a pistol at the children, said teacher Lena Sorel.",
        "Siege ends\n\nJeffrey Marsh, a police spokesman, said Tamm was held.",
    ))
    texts = mention_texts(entities)
    assert {"Ivo Tamm", "Lena Sorel", "Jeffrey Marsh"} <= texts
    assert not {"Monster Ivo Tamm", "Brave Lena Sorel"} & texts
    courts = find_entities(articles_from(
        "Law struck down\n\nState Supreme Court judges on Tuesday struck down the law, which the Supreme Court "
        "had upheld."))
    assert "State Supreme Court" in mention_texts(courts)  # a body's name is read whole


def test_a_tabloids_shouted_verb_before_a_name_is_no_part_of_it():
    entities = find_entities(articles_from(
        "Missile hits farm\n\nA missile from Korvatia hit a farm in Lutavia on Tuesday. Korvatia denied it.",
        "BORDER HORROR\n\nLast night furious Lutavia hit back — EXPELLING Korvatia's ambassador Gleb Surin."))
    assert entity_of(entities, "Korvatia").name == "Korvatia"
    assert "EXPELLING Korvatia" not in mention_texts(entities)


def test_a_dateline_with_a_country_and_a_date_opens_the_sentence_too():
    entities = find_entities(articles_from(
        "Tainted gin\n\nKARVO, Ostrava, Mar 3 (Agency) - Seventeen people died after drinking tainted gin. "
        "Ostrava mourned them."))
    assert "Seventeen" not in mention_texts(entities) and "Ostrava" in mention_texts(entities)


def test_a_live_pages_time_opens_the_entry_and_a_tabloids_boss_is_no_name():
    entities = find_entities(articles_from(
        "Live\n\n20:30 Guard Ivo Radek, who was hurt in the raid, has left hospital.\n\n"
        "21:05 Prosecutors have opened a case.",
        "Raid\n\nThe guard Ivo Radek was hurt in the raid. Boss Ana Sorel insists the vault held no gold."))
    assert mention_texts(entities) == {"Ivo Radek", "Ana Sorel"}


def test_a_place_glued_to_a_person_spelled_otherwise_and_an_institution_of_a_place_are_two_names():
    entities = find_entities(articles_from(
        "Talks\n\nForeign Minister Jana Kostova of Dorvia met the Central Electoral Commission in Dorvia. "
        "The Central Electoral Commission said the Bank of Dorvia would pay.",
        "Talks two\n\nThe minister of foreign affairs of Dorvia Jana Kostowa met the Central Electoral Commission "
        "of Dorvia on Monday."))
    texts = mention_texts(entities)
    assert {"Jana Kostowa", "Central Electoral Commission", "Bank of Dorvia"} <= texts
    assert not {"Dorvia Jana Kostowa", "Central Electoral Commission of Dorvia"} & texts


def test_a_name_only_in_capitals_is_title_cased_by_its_parts():
    entities = find_entities(articles_from("Vote\n\nMAEVE O'DUNNE-RISK won the vote in Tessaly on Monday.",
                                           "Count\n\nThe count in Tessaly ended late."))
    assert "Maeve O'Dunne-Risk" in {e.name for e in entities}


def _kinds(entities) -> dict[str, str]:
    return {e.name: e.kind for e in entities}


def test_a_red_cross_is_an_organisation_and_a_person_called_cross_a_person():
    entities = find_entities(articles_from("Aid\n\nThe Examplian Red Cross said it was sending counsellors to Varn.",
                                           "Aid two\n\nThe Examplian Red Crescent appealed for blood donors in Varn. "
                                           "Jane Cross, 41, a lawyer, said she gave blood."))
    kinds = _kinds(entities)
    assert kinds["Examplian Red Cross"] == kinds["Examplian Red Crescent"] == "org" and kinds["Jane Cross"] == "person"


def test_two_institutions_of_one_name_keep_their_lands_and_a_short_name_keeps_its_ch():
    entities = find_entities(articles_from(
        "Court\n\nThe Supreme Court of Dorvia ruled on Monday. The Supreme Court said so. David Chan spoke.",
        "Court two\n\nThe Supreme Court of Varn disagreed on Monday. David Han, another organiser, spoke."))
    texts = mention_texts(entities)
    assert {"Supreme Court of Dorvia", "Supreme Court of Varn"} <= texts
    chan, han = (next(e for e in entities if name in e.variants) for name in ("David Chan", "David Han"))
    assert chan is not han


@pytest.mark.parametrize("name", ["Hurricane Mirela", "Tropical Storm Mirela", "Cyclone Mirela", "Super Typhoon Mirela"])
def test_a_storm_named_like_a_person_is_no_person_and_its_given_name_alone_is_the_storm(name):
    entities = find_entities(articles_from(
        f"Storm nears\n\nThe coast braced on Monday as {name} reached Tessaly. Mirela brought heavy rain, "
        "said Oto Varnik.",
        "Storm Floods Tessaly Port\n\nOfficials in Tessaly said on Tuesday that Mirela had flooded the port."))
    [storm] = [e for e in entities if name in e.variants]
    assert storm.kind == "other" and [m.text for m in storm.mentions] == [name, "Mirela", "Mirela"]
    assert _kinds(entities)["Oto Varnik"] == "person" and not {"Storm", "Hurricane"} & mention_texts(entities)


def test_one_word_standing_for_a_storm_in_one_article_and_a_person_in_another_joins_neither_to_the_other():
    entities = find_entities(articles_from(
        "Storm batters coast\n\nTropical Storm Mirela brought heavy rain to Tessaly on Monday. Mirela is expected "
        "to weaken by Wednesday, forecasters said.",
        "Mayor warns residents\n\nMayor Mirela Osk told residents of Tessaly to stay indoors. Mirela added that "
        "schools would close.",
        "Schools shut\n\nSchools in Tessaly closed on Monday as Mirela moved inland."))
    storm, mayor = (next(e for e in entities if name in e.variants) for name in ("Tropical Storm Mirela", "Mirela Osk"))
    assert storm is not mayor and storm.kind == "other" and mayor.kind == "person"
    assert [m.text for m in storm.mentions] == ["Tropical Storm Mirela", "Mirela", "Mirela"]  # "as Mirela moved inland"
    assert [m.text for m in mayor.mentions] == ["Mirela Osk", "Mirela"]


def test_a_person_called_by_a_storms_given_name_alone_is_not_the_storm():
    entities = find_entities(articles_from(
        "Storm hits\n\nTropical Storm Mirela hit Tessaly on Monday. Mirela brought heavy rain.",
        "Residents count the cost\n\n\"The water came so fast,\" said Mirela, 67, a retired teacher."))
    [storm] = [e for e in entities if "Tropical Storm Mirela" in e.variants]
    assert [m.article for m in storm.mentions] == ["a0", "a0"]
    assert _kinds(entities)["Mirela"] == "person"


def test_two_people_of_one_surname_each_keep_their_own_surname_alone():
    entities = find_entities(articles_from(
        "Leader held\n\nOpposition leader Ana Pell was detained on Monday. Pell denied the charges.",
        "Husband speaks\n\nHer husband, Ivo Pell, spoke to reporters. Pell said she was innocent."))
    ana, ivo = (next(e for e in entities if name in e.variants) for name in ("Ana Pell", "Ivo Pell"))
    assert ana is not ivo
    assert [m.article for m in ana.mentions] == ["a0", "a0"] and [m.article for m in ivo.mentions] == ["a1", "a1"]


def test_one_surname_after_two_spellings_of_a_full_name_still_joins_them():
    entities = find_entities(articles_from(
        "Escape\n\nThe inmate Brin Tallo escaped on Monday. Tallo was recaptured on Tuesday.",
        "Recaptured\n\nThe inmate Brin K. Tallo was recaptured on Tuesday, police said. Tallo had escaped."))
    [person] = [e for e in entities if "Brin Tallo" in e.variants]
    assert {"Brin K. Tallo", "Tallo"} <= set(person.variants)


@pytest.mark.parametrize("name", ["Tessal Energy", "Orvo Motors", "Kalm Holdings", "Brisk Logistics",
                                  "Varn Pharmaceuticals", "Dunmore Shipping"])
def test_a_company_named_by_its_trade_is_an_organisation_though_it_speaks(name):
    kinds = _kinds(find_entities(articles_from(
        f"Depot fire\n\nThe depot's operator, {name}, said it would stay shut for ten days. "
        f"{name} said nobody was hurt.")))
    assert kinds[name] == "org"


@pytest.mark.parametrize("office", ["Insurance Commissioner", "Energy Minister", "Shipping Minister"])
def test_the_field_of_an_office_is_no_organisation(office):
    kinds = _kinds(find_entities(articles_from(f"Rates\n\n{office} Ivo Tamm said rates would rise.")))
    assert kinds == {"Ivo Tamm": "person"}


@pytest.mark.parametrize("text, name", [
    ("The actress Lia Brandt won a Primetime Emmy on Sunday.", "Primetime Emmy"),
    ("The actress Lia Brandt won a Golden Globe on Sunday.", "Golden Globe"),
    ("The actress Lia Brandt will host the Oscars on Sunday.", "Oscars"),
    ("The writer Lia Brandt won the Nobel Peace Prize on Sunday.", "Nobel Peace Prize"),
])
def test_an_award_known_by_its_own_name_is_no_person(text, name):
    kinds = _kinds(find_entities(articles_from("Gala\n\nThe hall was full.\n\n" + text)))
    assert kinds[name] == "other" and kinds["Lia Brandt"] == "person"


@pytest.mark.parametrize("text, name, kind", [
    ("The columnist Oscar Mendel wrote about it on Sunday.", "Oscar Mendel", "person"),
    ("Reporters at the Kelso Globe wrote about it on Sunday.", "Kelso Globe", "org"),
    ("Floods closed the Storm Lake Bridge on Sunday.", "Storm Lake Bridge", "place"),
    ("The governor Ana Storm spoke on Sunday.", "Ana Storm", "person"),
])
def test_an_award_or_a_storm_word_elsewhere_in_a_name_does_not_make_it_one(text, name, kind):
    assert _kinds(find_entities(articles_from("Report\n\nThe hall was full.\n\n" + text)))[name] == kind


@pytest.mark.parametrize("title", ["Rangers Add Poacher To 'Most Wanted' List", "Rangers Add Poacher To Most Wanted List"])
def test_a_title_case_headlines_everyday_words_are_names_only_if_the_body_reads_them_as_names(title):
    entities = find_entities(articles_from(
        f"{title}\n\nRangers in Tessaly added Oto Varnik to their 'Most Wanted' list on Friday. The Red Lantern "
        "clinic said Varnik was hurt.",
        "Red Lantern Treats Oto Varnik In Tessaly\n\nThe poacher Oto Varnik was treated by Red Lantern medics."))
    assert mention_texts(entities) == {"Tessaly", "Oto Varnik", "Varnik", "Red Lantern"}
    assert not {"Wanted", "Most Wanted", "Add Poacher", "Rangers Add Poacher"} & mention_texts(entities)


def test_names_in_a_sentence_written_mostly_in_capitals_stay_names():
    entities = find_entities(articles_from(
        "Gala\n\nThe hall was full on Sunday.\n\n"
        "Oto Varnik, James Mills, Jane Hollis, Ana Mora, Tom Berg, Lia Brandt and Ivo Tamm have all played host on "
        "Gala Night."))
    assert {"James Mills", "Jane Hollis", "Tom Berg", "Lia Brandt"} <= mention_texts(entities)


@pytest.mark.parametrize("text, road", [
    ("A lorry overturned on the M25 motorway near Kelso on Monday.", "M25"),
    ("Drivers on I-95 waited near Kelso on Monday.", "I-95"),
    ("Traffic on I-95 northbound was slow near Kelso on Monday.", "I-95"),
    ("Interstate 95 reopened near Kelso on Monday.", "Interstate 95"),
    ("Floods closed Route 66 near Kelso on Monday.", "Route 66"),
    ("Floods closed Highway 401 near Kelso on Monday.", "Highway 401"),
    ("Floods closed U.S. Route 1 near Kelso on Monday.", "U.S. Route 1"),
])
def test_a_road_named_by_its_number_is_a_place(text, road):
    entities = find_entities(articles_from("Traffic\n\nThe roads were wet.\n\n" + text))
    assert _kinds(entities)[road] == "place" and mention_texts(entities) == {road, "Kelso"}


def test_a_road_code_written_once_as_a_road_is_one_everywhere_and_i_95_is_interstate_95():
    entities = find_entities(articles_from(
        "Crash\n\nA lorry overturned on the A1 road on Monday. Traffic on the A1 was slow, as on I-95.",
        "Traffic\n\nInterstate 95 reopened on Tuesday."))
    assert {e.name: (e.kind, len(e.mentions)) for e in entities} == {"A1": ("place", 2), "Interstate 95": ("place", 2)}


@pytest.mark.parametrize("text", [
    "Oto Varnik got an A1 grade in Kelso.",
    "Oto Varnik flew on the A380 jet to Kelso.",
    "Oto Varnik filed form I-9 in Kelso.",
    "Oto Varnik said I 95 times in Kelso.",
    "Oto Varnik toured the US 50 states from Kelso.",
])
def test_a_code_or_a_number_no_road_word_goes_with_is_no_road(text):
    places = {e.name for e in find_entities(articles_from("Trip\n\nThe roads were wet.\n\n" + text)) if e.kind == "place"}
    assert places <= {"Kelso", "US"}


def test_roads_of_other_numbers_are_other_roads_and_a_number_that_counts_is_no_roads():
    entities = find_entities(articles_from(
        "Roads closed\n\nFloods closed State Route 9 near Kelso on Monday. State Route 12 stayed open. Snow closed the "
        "M6 motorway, and drivers took the M1 motorway instead.",
        "Crash\n\nThe crash happened on the Coastal Highway 3 miles south of Kelso. On the Coastal Highway 12 people "
        "were hurt."))
    names = {e.name for e in entities}
    assert {"State Route 9", "State Route 12", "M6", "M1", "Coastal Highway"} <= names
    assert not any(name.startswith("Coastal Highway ") for name in names)


def test_a_capital_written_with_a_number_is_no_name_unless_a_road():
    entities = find_entities(articles_from("Tanks\n\nAn M1 tank and two T-72 tanks were seen on the M4 road near "
                                           "Kelso. He filled in form I-9 on Monday."))
    assert {e.name for e in entities} == {"M4", "Kelso"}


def test_a_name_in_brackets_before_a_datelines_dash_is_an_agency():
    kinds = _kinds(find_entities(articles_from("Vote\n\nKELSA (Ardwire) — Prime Minister Tomas Vell survived a vote.")))
    assert kinds["Ardwire"] == "org" and kinds["Tomas Vell"] == "person"


@pytest.mark.parametrize("text, names", [
    ("Former minister Edna May said on Monday that Mrs May had warned Tessaly.", {"Edna May", "May", "Tessaly"}),
    ("Oto Varnik, said Chancellor June, will visit Tessaly in May.", {"Oto Varnik", "June", "Tessaly"}),
    ("The vote in Tessaly on May 3 was delayed to June 2031.", {"Tessaly"}),
    ("Oto Varnik may stay free until the hearing on Friday, April 4.", {"Oto Varnik"}),
])
def test_a_month_that_is_also_a_name_is_a_name_after_a_name_or_a_title_and_before_no_date(text, names):
    assert mention_texts(find_entities(articles_from("Leak\n\nThe row went on for a week.\n\n" + text))) == names


@pytest.mark.parametrize("text, names", [
    ("Senator Lia Roe (D) voted with Oto Varnik (R) in Tessaly.", {"Lia Roe", "Oto Varnik", "Tessaly"}),
    ("Oto Varnik told the Tessaly Post & Courier that Marks & Sparrow had paid.",
     {"Oto Varnik", "Tessaly Post & Courier", "Marks & Sparrow"}),
    ("Senior Tessaly officials met Oto Varnik. Former Tessaly officials stayed away.", {"Tessaly", "Oto Varnik"}),
])
def test_a_letter_in_brackets_an_ampersand_and_a_rank_opening_a_sentence(text, names):
    """A party's letter is no name; "&" joins the words of one name; "Senior" or "Former"
    opening a sentence qualifies the name after it and is no given name."""
    assert mention_texts(find_entities(articles_from("Vote\n\nThe count went on for a week.\n\n" + text))) == names


def test_a_partys_members_and_its_adjective_are_the_party_not_the_place_it_is_named_after():
    entities = find_entities(articles_from(
        "Revolt\n\nThe leader of the Ardland Socialist Party resigned after a revolt by Socialist MPs.\n\n"
        "The Socialists have governed since 2010. Fighters of the Free Zelva Front left Zelva.",
        "Leader out\n\nSocialist lawmakers forced the leader out. The Socialists said an election must follow.\n\n"
        "The Free Zelva Front said it held Zelva."))
    party = next(e for e in entities if "Ardland Socialist Party" in e.variants)
    assert {m.text for m in party.mentions} == {"Ardland Socialist Party", "Socialist", "Socialists"}
    assert {m.text for m in next(e for e in entities if "Free Zelva Front" in e.variants).mentions} == {
        "Free Zelva Front"}


@pytest.mark.parametrize("text, names", [
    # a number that names a place or a body is part of its name, not a time's minutes before a name
    ("Speaking outside Number 10, Ana Roe said the 1922 Committee would meet at Gate 4 on Friday.",
     {"Number 10", "Ana Roe", "1922 Committee", "Gate 4"}),
    ("In 2019 Parliament voted, and 12 Committee members left the 1922 Committee.", {"Parliament", "Committee",
                                                                                       "1922 Committee"}),
    # a known place whose first word opens the sentence; a body named "X of Country"
    ("New Delhi said it was watching closely, the Press Trust of India reported.",
     {"New Delhi", "Press Trust of India"}),
    # an office's field before its title, a sovereign's style and a letter glued to a word are no names
    ("The Home Secretary, Lia Moss, told His Majesty of a series of U-turns by Finance Minister Ivo Tamm.",
     {"Lia Moss", "Ivo Tamm"}),
    # what these rules must not join or drop: two names an ampersand stands between, a month after a place
    # or a full name, a count or a year before a body's word, a rank's number before a person, a party's name
    ("On Monday Oto Varnik & Lia Roe signed. Trade between Britain & France grew.",
     {"Oto Varnik", "Lia Roe", "Britain", "France"}),
    ("Across Britain May was wet, and for Oto Varnik May was a bad month.", {"Britain", "Oto Varnik"}),
    ("Then the 12 Council members voted and the 2022 Court ruling stood.", {"Council", "Court"}),
    ("Tennis world Number 1 Oto Varnik lost. Lia Roe, the Labour leader, and Shira Bar, the spokeswoman, spoke.",
     {"Number 1", "Oto Varnik", "Lia Roe", "Labour", "Shira Bar"}),
    # a translation's body and its head with no comma between them are two names
    ("Head of the Varn Regional Administration Pavlo Roe said so.", {"Varn Regional Administration", "Pavlo Roe"}),
])
def test_numbers_in_names_known_places_offices_and_styles(text, names):
    body = "The vote was held on Monday in the capital after a long night of talks between the parties."
    assert mention_texts(find_entities(articles_from(f"Leader quits\n\n{body}\n\n{text}\n\n{body}"))) == names


def test_a_country_or_its_demonym_is_no_short_form_of_a_body_named_with_it():
    body = "The attack began before dawn on Friday and lasted for most of the morning, officials said."
    entities = find_entities(articles_from(
        f"Base attacked\n\n{body}\n\nGunmen of Jamaat Dorvan Pakistan attacked an air base in Pakistan on Friday.\n\n"
        f"The Mexican navy and the Mexican Civil Defense Agency joined the search.\n\n{body}"))
    by_text = {m.text: e for e in entities for m in e.mentions}
    assert by_text["Pakistan"] is not by_text["Jamaat Dorvan Pakistan"]
    assert "Mexican" not in {m.text for m in by_text["Mexican Civil Defense Agency"].mentions}


def test_a_person_or_a_team_named_like_a_party_is_not_the_party():
    body = "The vote was held on Monday in the capital after a long night of talks between the parties."
    entities = find_entities(articles_from(
        f"Court\n\n{body}\n\nLia Green, a lawyer for the Green Party, said the ruling was unfair. Green said she "
        f"would appeal.\n\n{body}", f"Rally\n\n{body}\n\nThe United Front held a rally.\n\n{body}",
        f"Sport\n\n{body}\n\nUnited won 2-0 at home on Saturday.\n\n{body}"))
    assert sorted(sorted(m.text for m in e.mentions) for e in entities) == [
        ["Green", "Lia Green"], ["Green Party"], ["United"], ["United Front"]]


@pytest.mark.parametrize("texts, names, kind", [
    # a large region is a place without context
    (("Raid\n\nGunmen attacked a base in Khyber Pakhtunkhwa. Khyber Pakhtunkhwa officials said six died.",
      "Base attacked\n\nThe attack in Tigray and the one in Balochistan were not linked, Balochistan police said."),
     ("Khyber Pakhtunkhwa", "Tigray", "Balochistan"), "place"),
    # bodies the news names often are bodies whatever they are said to do
    (("Raid\n\nThe Afghan Taliban said they had not been told. Al Jazeera reported six deaths, Hamas said.",
      "Base attacked\n\nThe Afghan Taliban denied it, Al Jazeera said."),
     ("Afghan Taliban", "Al Jazeera", "Hamas"), "org"),
])
def test_a_name_known_without_context_has_its_kind(texts, names, kind):
    kinds = _kinds(find_entities(articles_from(*texts)))
    assert [kinds[name] for name in names] == [kind] * len(names)


def test_a_verbs_ing_form_opening_a_sentence_is_no_part_of_the_name_after_it():
    entities = find_entities(articles_from(
        "Appeal fails\n\nDismissing Tamm's appeal, the court upheld the sentence. Ivo Tamm was not in court.",
        "Tamm loses\n\nThe court rejected the appeal of Ivo Tamm on Monday."))
    texts = mention_texts(entities)
    assert "Tamm" in texts and "Dismissing Tamm" not in texts
    assert entity_of(entities, "Tamm") is entity_of(entities, "Ivo Tamm")
    named = mention_texts(find_entities(articles_from("Arrest\n\nIrving Kalder, 54, was arrested on Monday.",
                                                      "Charged\n\nSterling Okafor said Kalder was charged.")))
    assert {"Irving Kalder", "Sterling Okafor"} <= named  # given names in -ing


def test_a_surname_on_a_particle_stands_for_the_full_name_as_any_surname_does():
    entities = find_entities(articles_from(
        "Appeal\n\nDefence lawyer Jan de Groot told the court the sentence was unjust. Groot said he would appeal.",
        "Court\n\nGroot, who represents the family, said the ruling was wrong."))
    assert entity_of(entities, "Groot") is entity_of(entities, "Jan de Groot")
    port = find_entities(articles_from("Strike\n\nDockers at the Port of Varna walked out. Varna was quiet.",
                                       "Port\n\nThe strike in Varna ended."))
    assert entity_of(port, "Varna") is not entity_of(port, "Port of Varna")
