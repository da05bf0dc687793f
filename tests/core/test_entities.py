import pytest

from tui.core.entities import find_entities, read_names
from tui.core.model import Corrections
from tui.core.text import fold, given_name_key, name_key, translit_key

from .corpus import articles_from


def entity_of(entities, text):
    return next(e for e in entities if any(m.text == text for m in e.mentions))


def mention_texts(entities) -> set[str]:
    """Every mention of the entities, as written."""
    return {m.text for e in entities for m in e.mentions}


def test_spellings_of_one_person_are_one_entity_and_the_surname_joins_them():
    entities = find_entities(articles_from(
        "Opposition leader Tatsiana Tsirkhalouskaya spoke in Varnopol. Tsirkhalouskaya said the release was small.",
        "Exiled leader Tatiana Tirkhalovskaya welcomed the news from Varnopol.",
        "Journalist Yauhen Dravik was freed.\n\nJournalist Yevgeny Dravik was among them.",
    ))
    leader = entity_of(entities, "Tsirkhalouskaya")
    assert {m.text for m in leader.mentions} == {"Tatsiana Tsirkhalouskaya", "Tsirkhalouskaya", "Tatiana Tirkhalovskaya"}
    assert leader.kind == "person" and leader.name in {"Tatsiana Tsirkhalouskaya", "Tatiana Tirkhalovskaya"}
    assert entity_of(entities, "Yauhen Dravik") is entity_of(entities, "Yevgeny Dravik")
    assert entity_of(entities, "Varnopol").kind == "place"


def test_central_european_spellings_of_one_name_meet():
    entities = find_entities(articles_from(
        "Police chief Mirela Petrović said the van was found in Cortena. Its guard, Tomasz Halek, was hurt.",
        "The police chief of the region, Mirela Petrovich, said that the van was found in Kortena.",
        "The guard Tomash Halek was taken to hospital. Witness Ana Rosic saw the gang.",
        "The witness Ana Rozich described the gang.",
    ))
    assert entity_of(entities, "Mirela Petrović") is entity_of(entities, "Mirela Petrovich")
    assert entity_of(entities, "Cortena") is entity_of(entities, "Kortena")
    assert entity_of(entities, "Tomasz Halek") is entity_of(entities, "Tomash Halek")
    assert entity_of(entities, "Ana Rosic") is entity_of(entities, "Ana Rozich")
    assert translit_key("Kessel") == translit_key("Kesel") == translit_key("Kezel")  # doubles first, then voicing
    assert name_key("Welkow") == name_key("Velkov")  # a Slavic ending as romanised in German or Polish
    assert name_key("Fitch") != name_key("Fitz")  # a closing ch after a consonant is no č
    assert name_key("Marych") == name_key("Marich") == name_key("Marić")  # nor after a y for an i
    assert given_name_key("Pawel") == given_name_key("Pavel")
    assert fold("Sawczuk") != fold("Savchuk")  # they meet on the names' key, not by folding


def test_polish_and_german_spellings_of_slavic_names_meet():
    assert fold("Kołwani") == "kolwani" and fold("Søndergaard") == "sondergaard"  # a stroke is a diacritic
    for polish, english in (("Daniłow", "Danilov"), ("Hrabowec", "Hrabovets"), ("Sokolicz", "Sokolich"),
                            ("Holin", "Hollin"), ("Ardmur", "Ardmoor")):
        assert name_key(polish) == name_key(english), polish
    assert name_key("Democratic") == translit_key("Democratic")  # an English -ic is no Slavic ending


def test_german_vowels_written_with_an_e_meet_their_umlauts():
    for plain, umlaut in (("Muelheim", "Mülheim"), ("Koerber", "Körber"), ("Traeger", "Träger")):
        assert name_key(plain) == name_key(umlaut), plain
    assert name_key("Moers") != name_key("Mars")  # a vowel of its own before the e stays
    for own, other in (("Michael", "Michal"), ("Maes", "Mas"), ("Boel", "Bol"), ("Buell", "Bull")):
        assert name_key(own) != name_key(other), own  # no vowel after: no umlaut, two names


def test_h_for_g_a_dropped_h_and_a_final_sz_meet():
    entities = find_entities(articles_from(
        "Shells hit Borohrad overnight, General Armen Hovakov said. Prime Minister Ivo Marasz called it a crime.",
        "Shells hit Borograd overnight, said the general Armen Ovakov. The head of government Ivo Maras called it a "
        "crime.",
    ))
    assert entity_of(entities, "Borohrad") is entity_of(entities, "Borograd")
    assert entity_of(entities, "Armen Hovakov") is entity_of(entities, "Armen Ovakov")
    assert entity_of(entities, "Ivo Marasz") is entity_of(entities, "Ivo Maras")
    assert translit_key("Daghir") == translit_key("Dagir")  # an Arabic gh
    assert translit_key("Jelena") == translit_key("Yelena") == translit_key("Elena")
    assert translit_key("Lorenz") == translit_key("Lorenc")  # a German z, a Slavic c
    assert given_name_key("Irena") == given_name_key("Irina")


def test_a_final_s_with_a_caron_meets_its_s_but_a_soft_l_or_e_stays_apart():
    entities = find_entities(articles_from(
        "Ferry captain Oskar Brunash said the boat sank. Minister Juris Ozolinsh flew in.",
        "The ferry's captain, Oskar Brunas, said it sank. Minister Juris Ozolins arrived.",
    ))
    assert entity_of(entities, "Oskar Brunash") is entity_of(entities, "Oskar Brunas")
    assert entity_of(entities, "Juris Ozolinsh") is entity_of(entities, "Juris Ozolins")
    assert translit_key("Marsh") != translit_key("Mars")  # a short name keeps its sh
    # lj and je are sounds of their own: Miljan and Milan, Bjelic and Belic are other names
    assert translit_key("Miljan") != translit_key("Milan") and translit_key("Bjelic") != translit_key("Belic")
    assert given_name_key("Dmitar") == given_name_key("Dmitrij")
    # a French tch for a final ć, a j for the y of ya and yu (not after l)
    assert translit_key("Belitch") == translit_key("Belic") and translit_key("Fitch") != translit_key("Fitz")
    assert translit_key("Brunjak") == translit_key("Bruniak") and translit_key("Kostjuk") == translit_key("Kostiuk")


def test_an_h_before_r_for_g_and_a_surname_with_o_for_a_meet_but_not_beside_another_given_name():
    entities = find_entities(articles_from(
        "Interior Minister Pavel Hronek met opposition leader Iryna Sokol. Judge Ana Morak presided.",
        "The Minister of the interior Pawel Gronek met the leader of opposition Irena Sokal. Ivo Marak spoke.",
    ))
    assert entity_of(entities, "Pavel Hronek") is entity_of(entities, "Pawel Gronek")
    assert entity_of(entities, "Iryna Sokol") is entity_of(entities, "Irena Sokal")
    assert entity_of(entities, "Ana Morak") is not entity_of(entities, "Ivo Marak")
    assert translit_key("Hlinka") == translit_key("Glinka")
    assert translit_key("Brezhin") == translit_key("Brezin")  # a zh written z, as Polish writes it
    assert translit_key("Chalvik") == translit_key("Halvik")  # a German Ch for an H
    assert given_name_key("Andrij") == given_name_key("Andrei") and given_name_key("Petar") == given_name_key("Petr")


def test_a_name_with_its_head_before_of_is_the_name_with_the_head_last():
    entities = find_entities(articles_from(
        "The Ministry of the Interior said 12 people were held near the Square of the Republic.",
        "The Interior Ministry said 12 people were detained near Republic Square.",
        "The Bank of Examplia raised rates.",
    ))
    assert entity_of(entities, "Ministry of the Interior") is entity_of(entities, "Interior Ministry")
    assert entity_of(entities, "Square of the Republic") is entity_of(entities, "Republic Square")


def test_a_name_s_last_words_written_small_are_the_name_the_corpus_writes_whole():
    entities = find_entities(articles_from(
        "The Supreme Tribunal struck down the decree on Monday. Marlow State College students cheered.",
        "Judges of the Supreme Tribunal ruled against the government in Marlow.",
        "The Supreme tribunal annulled the decree, and the Marlow state college closed for the day.",
        "Marlow reform groups met on Friday.",
    ))
    assert entity_of(entities, "Supreme tribunal") is entity_of(entities, "Supreme Tribunal")
    assert entity_of(entities, "Marlow state college") is entity_of(entities, "Marlow State College")
    assert "Marlow reform" not in mention_texts(entities)


def test_words_written_small_after_a_name_are_not_taken_into_a_title_s_body_nor_a_place_of_another():
    entities = find_entities(articles_from(
        "Aid\n\nBrannock House Press Secretary Karin Lowe said aid would flow. Air strikes hit Varna City.",
        "Aid package\n\nThe Brannock House press secretary said the aid was ready. In the south, the Varna city "
        "of Orla was hit.",
        "Arrests\n\nKelso Police said two men were held. Kelso police arrested a third man later.",
        "Held\n\nThe Kelso police said three men were held.",
    ))
    texts = mention_texts(entities)
    assert "Brannock House press" not in texts and "Brannock House" in texts
    assert "Varna city" not in texts
    assert entity_of(entities, "Kelso police").name == "Kelso Police"  # shown as the story capitalises it


def test_one_word_written_small_after_a_town_written_alone_is_the_town_s_thing_not_a_name():
    entities = find_entities(articles_from(
        "The Harwick Bridge was closed after the storm, officials in Harwick said.",
        "Traffic on the Harwick bridge was halted on Tuesday.",
        "Harwick residents were told to stay home.",
    ))
    assert entity_of(entities, "Harwick").kind == "place"
    assert "Harwick bridge" not in mention_texts(entities)


def test_a_name_after_of_and_its_people_s_adjective_and_a_name_that_only_begins_with_a_rank_stay_apart():
    entities = find_entities(articles_from(
        "Ministers of the Council of Europe met in Varn. John Major said the European Council would meet later.",
        "The Major League Baseball season opened in Varn, where Detective Sam Parrish lives near Paris Street.",
    ))
    assert entity_of(entities, "Council of Europe") is not entity_of(entities, "European Council")
    assert {"John Major", "Major League Baseball"} <= mention_texts(entities)
    assert entity_of(entities, "Sam Parrish") is not entity_of(entities, "Paris Street")
    assert translit_key("Parrish") != translit_key("Paris")


def test_a_military_rank_is_a_title_not_a_word_of_the_name():
    entities = find_entities(articles_from(
        "Rebels captured Corporal Ivo Radlar and Sgt Mato Kresh near the pass on Tuesday.",
        "In the video the men name themselves as Ivo Radlyar and Mato Kresh.",
    ))
    assert entity_of(entities, "Ivo Radlar") is entity_of(entities, "Ivo Radlyar")  # the rank left out
    assert not [m.text for e in entities for m in e.mentions if m.text.startswith(("Corporal", "Sgt"))]


def test_gendered_forms_and_shared_given_names_stay_apart():
    entities = find_entities(articles_from(
        "Andrei Tsirkhalouski, the husband of Tatsiana Tsirkhalouskaya, was freed in June.",
        "Vladimir Orlenko spoke to the press. The philosopher Vladimir Zhabrovich was released.",
        "John Smith and Jane Smith both attended the hearing in London.",
    ))
    assert entity_of(entities, "Andrei Tsirkhalouski") is not entity_of(entities, "Tatsiana Tsirkhalouskaya")
    assert entity_of(entities, "Vladimir Orlenko") is not entity_of(entities, "Vladimir Zhabrovich")
    assert entity_of(entities, "John Smith") is not entity_of(entities, "Jane Smith")


def test_a_given_name_s_short_form_is_that_name_but_one_more_letter_is_another():
    entities = find_entities(articles_from(
        "The court in Varno heard that Tomas Brennick had spent six years reporting from the region.",
        "Tom Brennick, a father of two, was led into the courtroom in handcuffs.",
        "Paul Dresner and his sister Paula Dresner both gave evidence.",
    ))
    assert entity_of(entities, "Tomas Brennick") is entity_of(entities, "Tom Brennick")
    assert entity_of(entities, "Paul Dresner") is not entity_of(entities, "Paula Dresner")
    siblings = find_entities(articles_from("Chris Hale, 40, was injured in the fire.",
                                           "His sister Christine Hale, 37, escaped. Sam Orr and Samantha Orr fled."))
    assert entity_of(siblings, "Chris Hale") is not entity_of(siblings, "Christine Hale")
    assert entity_of(siblings, "Sam Orr") is not entity_of(siblings, "Samantha Orr")


def test_a_woman_s_surname_with_and_without_its_feminine_ending_is_one_beside_one_given_name():
    entities = find_entities(articles_from(
        "Union leader Mirena Dvorak called the strike a success.",
        "The leader of the unions Mirena Dvorakova said the strike would go on.",
        "Jan Novak and his wife Jana Novakova were both questioned.",
        "Coast guard spokeswoman Ilka Borin said the search went on. Ilka Borinova said divers were ready.",
        # in Polish spelling, after a translation's body after "of the"
        "Anti-graft chief Ksenija Dolinar said no one is above the law. Dolinar said the search was lawful.",
        "The director of the Directorate Ksenia Dolinarowa has declared that nobody is above the law.",
    ))
    assert entity_of(entities, "Mirena Dvorak") is entity_of(entities, "Mirena Dvorakova")
    assert entity_of(entities, "Ksenia Dolinarowa") is entity_of(entities, "Ksenija Dolinar")
    assert entity_of(entities, "Ilka Borin") is entity_of(entities, "Ilka Borinova")  # though -in is masculine
    others = find_entities(articles_from("Police said David Ferr, 30, and Ana Tolin were hurt.",
                                         "Police said David Ferra, 45, and Ana Tolina fled.",
                                         "Anil Dash, 30, was hurt. Viktor Salash spoke.",
                                         "Anil Das, 45, was hurt. Wiktor Salasz spoke."))
    assert entity_of(others, "David Ferr") is not entity_of(others, "David Ferra")
    assert entity_of(others, "Ana Tolin") is not entity_of(others, "Ana Tolina")
    assert entity_of(others, "Anil Dash") is not entity_of(others, "Anil Das")
    assert entity_of(others, "Viktor Salash") is entity_of(others, "Wiktor Salasz")  # a Polish sz for sh
    assert entity_of(entities, "Jan Novak") is not entity_of(entities, "Jana Novakova")


def test_names_one_letter_apart_are_not_enough():
    entities = find_entities(articles_from(
        "Analyst Mark Hansen said the talks failed.",
        "Analyst Mark Hanson said the talks would go on.",
    ))
    assert entity_of(entities, "Mark Hansen") is not entity_of(entities, "Mark Hanson")


def test_acronyms_join_their_expansions_and_kinds_come_from_context():
    entities = find_entities(articles_from(
        "The European Union and the United States eased sanctions, said Anna Berg.",
        "The EU and the U.S. eased sanctions on the national airline Norvanair.",
        "Officials at the US embassy met the human rights group Pravetsa.",
        "The quake struck near the coastal city of Izmir and the province of Manisa.",
    ))
    eu = entity_of(entities, "EU")
    assert "European Union" in eu.variants and eu.kind == "org"
    us = entity_of(entities, "U.S.")
    assert {"US", "United States"} <= set(us.variants) and us.kind == "place"
    assert entity_of(entities, "Norvanair").kind == "org"
    assert entity_of(entities, "Pravetsa").kind == "org"
    assert entity_of(entities, "Anna Berg").kind == "person"
    assert entity_of(entities, "Izmir").kind == entity_of(entities, "Manisa").kind == "place"


def test_a_chief_executive_s_title_is_no_part_of_her_name():
    entities = find_entities(articles_from(
        "Varnair CEO Jana Kowal said the plane was new. Kowal spoke in Orsk.",
        "The airline's chief executive, Jana Kowal, said the plane was new.",
    ))
    assert entity_of(entities, "Jana Kowal") is entity_of(entities, "Kowal")
    assert not any("CEO" in v for e in entities for v in e.variants)


def test_a_name_a_peoples_adjective_opens_names_no_one():
    entities = find_entities(articles_from(
        "Snow closed every pass in the Swiss Alps, and Kenyan Railways said trains would wait.",
        "Albanian Nazis marched through the old town on Sunday, police said.",
        "Nobody crossed the Swiss Alps that week, Kenyan Railways said.",
    ))
    assert entity_of(entities, "Swiss Alps").kind == "place"
    assert entity_of(entities, "Kenyan Railways").kind == "org"
    assert entity_of(entities, "Albanian Nazis").kind not in ("person", "place")
    # a body, and a person named after their nation, keep their kinds
    entities = find_entities(articles_from("The Scottish Government said the plan would go ahead.",
                                           "Kenyan Bell won the race on Sunday. Bell said it was hard."))
    assert entity_of(entities, "Scottish Government").kind == "org"
    assert entity_of(entities, "Bell").kind == "person" and "Kenyan Bell" in entity_of(entities, "Bell").variants


@pytest.mark.parametrize("demonym, elsewhere", [
    ("Moldovan", ""),  # a country the gazetteer knows
    ("Ruritanian", "\n\nThe talks in Ruritania lasted a week."),  # a country the story names
    ("North Korean", ""),  # a country of two words the gazetteer knows
    ("East Varnlandian", "\n\nThe talks in East Varnland lasted a week."),  # and one the story names
])
def test_sentence_starts_headlines_titles_and_demonyms_are_not_names(demonym, elsewhere):
    entities = find_entities(articles_from(
        "Prisoners Freed After Long Talks In The Capital\n\n"
        f"However, the {demonym} authorities freed them on Thursday. Among them was Oles Dravitski.{elsewhere}",
    ))
    texts = mention_texts(entities) - {"Ruritania", "East Varnland"}
    assert texts == {"Oles Dravitski"}


def test_possessives_datelines_and_particles():
    entities = find_entities(articles_from(
        "VARNOPOL: Orlenko’s decision surprised Karim al-Hadawi and Ilse van der Mollen in Varnopol.",
    ))
    texts = mention_texts(entities)
    assert {"VARNOPOL", "Orlenko", "Karim al-Hadawi", "Ilse van der Mollen"} <= texts
    assert entity_of(entities, "VARNOPOL") is entity_of(entities, "Varnopol")


def test_a_dateline_s_short_month_and_a_prefixed_word_opening_a_sentence_are_no_names():
    entities = find_entities(articles_from(
        "Trial ends\n\nVARNOPOL, Ostrava, Mar 3 (Agency) - Co-defendant Ida Brun was cleared. Ex-minister Ivo "
        "Tamm was jailed. Jan Roe, his driver, wept.",
    ))
    texts = mention_texts(entities)
    assert {"Ida Brun", "Ivo Tamm", "Jan Roe"} <= texts
    assert not {"Mar", "Co", "Ex"} & texts


def test_a_shouted_everyday_word_and_a_bullet_s_first_word_are_no_names():
    entities = find_entities(articles_from(
        "Fraud trial\n\n- Victims lost their savings to Ivo Tamm\n\nThe court heard he took 4.2 MILLION dinars "
        "from OSLO investors.",
    ))
    texts = mention_texts(entities)
    assert {"Ivo Tamm", "OSLO"} <= texts
    assert not {"Victims", "MILLION"} & texts


SHOUTED = {
    "a count shouted with what it counts": (
        ("Depot blaze\n\nThe fire at the Varn depot raged for THREE HOURS and SIX MEN were hurt, NATO said.",
         "Depot fire\n\nONE Championship cancelled its Varn event after the fire, NATO said."),
        {"NATO", "ONE Championship"}, {"THREE", "HOURS", "THREE HOURS", "SIX", "MEN", "SIX MEN"}),
    "a function word in capitals": (
        ("Mayor in the dock\n\nThe mayor said she would NOT resign. And guess who pays? YOU. OUR city, Ivo Tamm "
         "said.",
         "Mayor stays\n\nThe WHO sent a team, and ONE Championship left, Ivo Tamm said."),
        {"WHO", "ONE Championship", "Ivo Tamm"}, {"NOT", "YOU", "OUR"}),
    "a word shouted that the corpus writes in small letters": (
        ("Blast at the depot\n\nThe Varn depot went up, then BOOM, and the army was in total DENIAL on Tuesday, "
         "NASA said.",
         "Depot blast\n\nA boom shook Varn and the army's denial came within the hour, NASA said."),
        {"NASA"}, {"BOOM", "DENIAL"}),
}


@pytest.mark.parametrize("name", SHOUTED)
def test_a_word_shouted_in_capitals_that_names_nothing_is_no_name(name):
    articles, names, shouted = SHOUTED[name]
    texts = mention_texts(find_entities(articles_from(*articles)))
    assert names <= texts
    assert not shouted & texts


def test_a_tabloid_s_verb_in_capitals_after_was_is_no_name():
    entities = find_entities(articles_from(
        "Election boss Ivo Tamm, 63, was SACKED by the government last night.",
        "Ivo Tamm resigned on Tuesday evening.",
    ))
    assert "SACKED" not in mention_texts(entities)
    assert "Ivo Tamm" in mention_texts(entities)
    named = find_entities(articles_from("The firm that supplied the drones was APEX, a contractor based in Varn.",
                                        "APEX denied any part in the attack."))
    assert "APEX" in mention_texts(named)


def test_a_number_in_words_before_a_function_word_may_be_a_name():
    entities = find_entities(articles_from(
        "Prime Minister Ivo Renk told Nine on Sunday that he would not resign.", "Ivo Renk said he would not resign.",
    ))
    assert "Nine" in mention_texts(entities)


def test_a_number_in_words_inside_a_list_of_points_counts_and_names_nothing():
    entities = find_entities(articles_from(
        "Riot in Orsk\n\n- Police fired tear gas at the crowd - Seven dead, curfew declared in Orsk\n\n"
        "Seven people were killed in the riot, the mayor said.",
        "Seven people died in Orsk overnight.",
    ))
    assert "Seven" not in mention_texts(entities)
    assert "Orsk" in mention_texts(entities)


def test_a_title_in_capitals_and_a_tabloid_s_shouted_verb_after_a_name_are_no_part_of_it():
    entities = find_entities(articles_from(
        "GOODBYE! Marten QUITS as angry farmers surround parliament",
        "But PM Ilse Marten is refusing to back down. MP Ivo Dask said the vote was lost.",
    ))
    assert mention_texts(entities) >= {"Marten", "Ilse Marten", "Ivo Dask"}
    assert not [m.text for e in entities for m in e.mentions if m.text.startswith(("PM", "MP")) or "QUITS" in m.text]
    shouted = find_entities(articles_from("Vask STILL on the run as police widen the search.",
                                          "The panel was led by Maria YOUNG of the ministry.", "Oren Vask escaped."))
    assert "STILL" not in mention_texts(shouted)
    assert "Maria YOUNG" in mention_texts(shouted)  # a surname a list writes in capitals


def test_a_description_set_off_by_commas_that_calls_a_name_a_body_makes_it_an_organisation():
    entities = find_entities(articles_from(
        "Clean Ledger, an anti-corruption group, said the pardon undid years of work.",
        "Ana Pell, a spokeswoman for the group, said it would go to court.",
    ))
    assert entity_of(entities, "Clean Ledger").kind == "org"
    assert entity_of(entities, "Ana Pell").kind == "person"
    people = find_entities(articles_from("Tom Grell, a mail carrier, said he saw the blast.", "Tom Grell said so.",
                                         "Jane Fleet said the talks failed. Jane Fleet, 44, leads the union."))
    assert entity_of(people, "Tom Grell").kind == entity_of(people, "Jane Fleet").kind == "person"


def test_a_fleet_or_a_brigade_is_an_organisation_and_oleh_is_oleg():
    entities = find_entities(articles_from(
        "Rear Admiral Oleg Varin said the Northern Fleet lost a frigate. The 4th Brigade moved north.",
        "Oleh Varin, who commands the Northern Fleet, spoke to reporters.",
    ))
    assert entity_of(entities, "Northern Fleet").kind == "org"
    assert entity_of(entities, "Oleg Varin") is entity_of(entities, "Oleh Varin")


def test_a_translations_office_in_a_place_is_split_from_the_person_after_it():
    entities = find_entities(articles_from(
        "Aid agencies in Examplia said the convoy was marked.",
        "Examplia closed the crossing after the attack.",
        "The convoy was clearly marked, declared the coordinator of UNO in Examplia Ilse Varga.",
    ))
    assert entity_of(entities, "Ilse Varga").kind == "person"
    assert entity_of(entities, "Examplia") is not entity_of(entities, "Ilse Varga")
    event = find_entities(articles_from("Aid agencies in Examplia said so.", "Examplia closed the crossing.",
                                        "Lena Morrow won in Examplia Grand Prix qualifying."))
    assert "Grand Prix" not in mention_texts(event)


def test_a_hyphenated_given_name_opening_a_sentence_is_part_of_the_name():
    entities = find_entities(articles_from("Jean-Luc Marchetti, the harbour master, closed the quay."))
    assert "Jean-Luc Marchetti" in mention_texts(entities)


def test_boilerplate_is_skipped(sample_comparison):
    boiler = {(a.id, p.index) for a in sample_comparison.articles for p in a.paragraphs if p.kind == "boilerplate"}
    assert not any((m.article, m.paragraph) in boiler for e in sample_comparison.entities for m in e.mentions)


def test_mentions_are_exact_substrings_in_reading_order(sample_comparison):
    order = {a.id: n for n, a in enumerate(sample_comparison.articles)}
    for e in sample_comparison.entities:
        for m in e.mentions:
            assert sample_comparison.article(m.article).paragraphs[m.paragraph].text[m.start:m.end] == m.text
        keys = [(order[m.article], m.paragraph, m.start) for m in e.mentions]
        assert keys == sorted(keys)


def test_corrections_merge_and_split():
    articles = articles_from("Anna Berg met Mark Hansen in Oslo. Berg said little.", "Mark Hanson flew to Oslo.")
    merged = find_entities(articles, Corrections().merge("Mark Hansen", "Mark Hanson"))
    assert entity_of(merged, "Mark Hansen") is entity_of(merged, "Mark Hanson")
    split = find_entities(articles, Corrections().split("Berg"))
    assert entity_of(split, "Berg") is not entity_of(split, "Anna Berg")
    undone = find_entities(articles, Corrections().merge("Mark Hansen", "Mark Hanson").split("Mark Hanson"))
    assert entity_of(undone, "Mark Hansen") is not entity_of(undone, "Mark Hanson")


def texts_of(entity):
    return {m.text for m in entity.mentions}


def test_a_person_and_what_is_named_after_them_stay_apart():
    entities = find_entities(articles_from(
        "The bridge was named after the poet Anna Velk Morrow. Traffic on the Anna Velk Morrow Bridge stopped.",
        "Divers searched below the Anna Velk Morrow bridge on Friday.",
        "Crews cleared the Morrow Bridge by noon.",
    ))
    bridge = entity_of(entities, "Anna Velk Morrow Bridge")
    assert entity_of(entities, "Anna Velk Morrow") is not bridge
    assert {"Anna Velk Morrow bridge", "Morrow Bridge"} <= texts_of(bridge)


def test_a_city_and_its_harbour_port_and_services_stay_apart():
    entities = find_entities(articles_from(
        "Ships left Dunmore Harbour for the Port of Dunmore after the storm hit the coast near Dunmore.",
        "The Dunmore City Fire Department said the town was calm. In Dunmore, shops opened.",
    ))
    city = entity_of(entities, "Dunmore")
    for other in ("Dunmore Harbour", "Port of Dunmore", "Dunmore City Fire Department"):
        assert entity_of(entities, other) is not city, other


def test_a_translations_spelled_out_mister_is_a_title():
    entities = find_entities(articles_from(
        "Casino boss flees\n\nCasino owner Viktor Lazarov left the country on Monday.",
        "Owner fled abroad\n\nThe lawyer of Mister Lazarov communicated that he is innocent."))
    assert entity_of(entities, "Lazarov") is entity_of(entities, "Viktor Lazarov")
    assert "Mister Lazarov" not in mention_texts(entities)


def test_a_town_stays_apart_from_the_one_institution_named_after_it():
    entities = find_entities(articles_from(
        "Pupils of the Velska Primary School in Velska were on the bus. It left Velska at eight.",
        "Ivo Tamm of the Torvik Institute for Peace Studies said streets in Torvik were calm. Officials in "
        "Torvik met, 40 km from Velska.",
        "The singer checked into the Harlow Recovery Center on Monday. She is at Harlow until May.",
    ))
    for town, institution in (("Velska", "Velska Primary School"), ("Torvik", "Torvik Institute for Peace Studies")):
        assert entity_of(entities, town) is not entity_of(entities, institution), town
    assert entity_of(entities, "Harlow") is entity_of(entities, "Harlow Recovery Center")  # said once as a place
    hospital = find_entities(articles_from(
        "Troops enter hospital\n\nTroops entered the Al-Amal Hospital on Monday. Patients remain in Al-Amal.",
        "Doctors flee\n\nDoctors at Al-Amal said the Al-Amal Hospital had no power."))
    assert entity_of(hospital, "Al-Amal") is entity_of(hospital, "Al-Amal Hospital")  # its own name
    last = find_entities(articles_from(  # a town that ends an institution's name, as translations put it
        "Three men were shot in Korvik on Sunday. The wounded were taken to the University Hospital Korvik.",
        "In Korvik, the police searched the port all day. Police in Korvik said nothing.",
    ))
    assert entity_of(last, "Korvik") is not entity_of(last, "University Hospital Korvik")


def test_a_name_goes_on_after_a_plurals_possessive_not_after_a_places():
    entities = find_entities(articles_from(
        "Coalition wins the vote in Dorvik\n\nThe People's Party won on Monday. The Growers' League and the "
        "Dockers’ Union backed Ostravia's Defence Ministry.",
        "Coalition talks begin\n\nThe Growers' League met the People's Party and the Maldives' Foreign Ministry.",
    ))
    texts = mention_texts(entities)
    assert {"People's Party", "Growers' League", "Dockers’ Union"} <= texts
    members = find_entities(articles_from(
        "Coalition wins the vote\n\nThe Greens' Carla Venn agreed. The Farmers' Unity Party did not.",
        "Talks begin\n\nCarla Venn met the Farmers' Unity Party on Monday."))
    assert {"Carla Venn", "Farmers' Unity Party"} <= mention_texts(members)
    assert "Greens' Carla Venn" not in mention_texts(members)
    assert {"Ostravia", "Defence Ministry", "Maldives", "Foreign Ministry"} <= texts
    owned = mention_texts(find_entities(articles_from(
        "Exit poll\n\nPiet Waters' Liberty Party won 20 seats. Waters' Liberty Party came first.",
        "Count\n\nThe Liberty Party of Piet Waters won.")))
    assert {"Piet Waters", "Waters", "Liberty Party"} <= owned  # a person's party, after no "the"
    assert not {"Piet Waters' Liberty Party", "Waters' Liberty Party"} & owned
    bodies = mention_texts(find_entities(articles_from(
        "Vote\n\nThe National Farmers' Union backed Kestria's Workers' Party. Polls put Waters' Liberty Party "
        "first, Piet Waters said.",
        "Count\n\nThe leftist Workers' Party lost.")))
    assert {"National Farmers' Union", "Workers' Party", "Waters", "Liberty Party"} <= bodies
    assert not {"Growers", "League", "Party", "Ostravia's Defence Ministry"} & texts


def test_a_party_named_before_its_members_and_an_assembly_are_bodies():
    entities = find_entities(articles_from(
        "Chamber occupied\n\nDeputies of the opposition Civic Dawn party occupied the chamber of the National "
        "Assembly. Civic Dawn lawmakers stayed overnight, and the Assembly closed.",
        "Sit-in goes on\n\nCivic Dawn deputies said the National Assembly had failed the country.",
    ))
    assert entity_of(entities, "Civic Dawn").kind == "org"
    assert entity_of(entities, "National Assembly").kind == "org"


def test_numbered_namesakes_stay_apart_and_a_junior_is_the_same_name():
    entities = find_entities(articles_from(
        "Mayor Tom Ferrel III met Tom Ferrel, his father, on Monday.",
        "Tom Ferrel Jr. spoke later.",
    ))
    assert entity_of(entities, "Tom Ferrel III") is not entity_of(entities, "Tom Ferrel")
    assert entity_of(entities, "Tom Ferrel Jr") is entity_of(entities, "Tom Ferrel")


def test_a_suffix_set_off_by_a_comma_is_no_name_of_its_own():
    entities = find_entities(articles_from(
        "During the escape, Tomas Elwyn Harrow, Jr. fired at two guards.",
        "Tomas Elwyn Harrow Jr., 49, ran off on foot. Harrow, Sr. said nothing.",
    ))
    assert not {"Jr", "Jr.", "Sr", "Sr."} & mention_texts(entities)
    assert entity_of(entities, "Tomas Elwyn Harrow") is entity_of(entities, "Tomas Elwyn Harrow Jr")


def test_spellings_written_apart_or_joined_and_abbreviated_are_one():
    entities = find_entities(articles_from(
        "Police named the driver as Sami Abdul Rahman. The owner is Blue Tern Shipping International Ltd.",
        "The driver, Sami Abdulrahman, was unhurt. Blue Tern Shipping Intl Ltd declined to comment.",
        "The ferry sank at night. The agency, the Ruritania Department of Ports (RDOP), said the Harbour Police "
        "and the Ruritania Harbour Police searched the water.",
    ))
    assert entity_of(entities, "Sami Abdul Rahman") is entity_of(entities, "Sami Abdulrahman")
    assert entity_of(entities, "Blue Tern Shipping International Ltd") is entity_of(entities, "Blue Tern Shipping Intl Ltd")
    assert entity_of(entities, "RDOP") is entity_of(entities, "Ruritania Department of Ports")
    assert entity_of(entities, "Harbour Police") is entity_of(entities, "Ruritania Harbour Police")


def test_one_word_of_an_organisation_told_in_another_form_of_its_stem_is_one_name():
    entities = find_entities(articles_from(
        "The Northern Maritime Authority closed the channel. The Federal Electoral Board met on Friday.",
        "The Northern Marine Authority said the channel would reopen. The Federal Election Board disagreed.",
        "The State Security Council met. The State Safety Council did not.",
    ))
    assert entity_of(entities, "Northern Maritime Authority") is entity_of(entities, "Northern Marine Authority")
    assert entity_of(entities, "Federal Electoral Board") is entity_of(entities, "Federal Election Board")
    assert entity_of(entities, "State Security Council") is not entity_of(entities, "State Safety Council")


def test_ranks_roles_and_hyphenated_adjectives_are_not_names():
    entities = find_entities(articles_from(
        "The ferry sank at night. Harbour Guard Rear Admiral Ola Brandt said that Coach Ivo Tamm and the "
        "officer, Brig. Gen. Ulla Ness, were safe.",
        "The Ruritania-based Blue Tern Shipping said the Palace-appointed Ivo Tamm was not aboard.",
    ))
    names = mention_texts(entities)
    assert {"Harbour Guard", "Ola Brandt", "Ivo Tamm", "Ulla Ness", "Ruritania", "Blue Tern Shipping", "Palace"} <= names
    assert not any(w in n for n in names for w in ("Rear", "Coach", "Brig", "-based", "-appointed"))


def test_an_institution_named_after_a_person_keeps_its_short_form():
    entities = find_entities(articles_from(
        "The singer checked into the Ada Lind Clinic on Monday. She stayed at Ada Lind for a month.",
    ))
    assert entity_of(entities, "Ada Lind") is entity_of(entities, "Ada Lind Clinic")


def test_a_title_case_label_opening_a_paragraph_is_read_as_a_headline():
    entities = find_entities(articles_from(
        "Dunmore Ferry Sinking: the ferry sank near the Dunmore Ferry terminal on Monday, police said.",
        "Rescuers searched the water off Dunmore for a second day.",
    ))
    names = mention_texts(entities)
    assert "Dunmore Ferry Sinking" not in names and "Sinking" not in names


def test_a_question_in_capitals_inside_a_paragraph_is_read_as_a_headline():
    entities = find_entities(articles_from(
        "WHO RUNS THE FERRY LINE? The Brenna sailed from Dunmore at dawn.",
        "The Brenna was carrying 40 passengers when it left Dunmore.",
    ))
    names = mention_texts(entities)
    assert not names & {"WHO", "WHO RUNS THE FERRY LINE", "FERRY", "LINE", "RUNS"}
    assert {"Brenna", "Dunmore"} <= names


def test_a_sentence_may_open_with_a_name_that_is_then_described_or_hyphenated():
    entities = find_entities(articles_from(
        "Ardell, a freighter, was leaving the port when its engine failed.",
        "Ruritania-based owners said the crew of the Ardell was safe and would fly home to Ruritania.",
    ))
    assert texts_of(entity_of(entities, "Ardell")) == {"Ardell"} and len(entity_of(entities, "Ardell").mentions) == 2
    assert len(entity_of(entities, "Ruritania").mentions) == 2


def test_two_names_written_side_by_side_are_two_mentions():
    entities = find_entities(articles_from(
        "The ferry sank at night. The President of Ruritania Ivo Tamm said that UK Harbour Guard boats came.",
        "Ivo Tamm spoke in Ruritania on Monday. The Harbour Guard and the UK sent help.",
    ))
    assert texts_of(entity_of(entities, "Ivo Tamm")) == {"Ivo Tamm"}
    assert texts_of(entity_of(entities, "Ruritania")) == {"Ruritania"}
    assert entity_of(entities, "UK Harbour Guard") is entity_of(entities, "Harbour Guard")


def test_a_party_named_without_the_word_party_is_the_party_and_a_council_without_its_word_is_not():
    entities = find_entities(articles_from(
        "Police searched the offices of the Green Dawn Party in Orsk on Monday.",
        "Raid on Green Dawn shakes the race\n\nOfficers carried boxes out of the Green Dawn Party offices.",
        "The National Security Council met in Orsk. National Security is a matter for all, Ivo Tamm said.",
    ))
    assert entity_of(entities, "Green Dawn") is entity_of(entities, "Green Dawn Party")
    assert entity_of(entities, "National Security") is not entity_of(entities, "National Security Council")


def test_a_translation_s_title_of_a_department_before_a_name_leaves_the_person_apart():
    entities = find_entities(articles_from(
        "Finance Minister Ivo Tamm said the budget would pass. Mayor Ida Rose Lenk disagreed.",
        "The budget was defended by the minister of Finances Iwo Tamm on the session.",
        "The critics of Ida Rose Lenk said nothing. Rose Lenk left.",
    ))
    assert entity_of(entities, "Iwo Tamm") is entity_of(entities, "Ivo Tamm")
    assert "Finances" not in texts_of(entity_of(entities, "Ivo Tamm"))
    assert "Ida" not in mention_texts(entities)  # after "of", a given name begins the person's name


def test_a_translation_s_title_of_a_country_or_a_chamber_before_a_person_in_another_spelling_or_a_surname_alone():
    entities = find_entities(articles_from(
        "Envoy ordered out\n\nThe government expelled Ambassador Aleksei Marenko on Monday. Prime Minister Jan Dow "
        "spoke in Ostrava. Speaker Stjepan Varnik read out the vote after midnight.",
        "Diplomat expelled\n\nThe ambassador of Kestria Oleksij Marenko was declared persona non grata in Ostrava. "
        "The chairman of the Assembly Stefan Warnik communicated the vote after midnight.",
        "Kestria protests\n\nKestria protested on Tuesday. The prime minister of Ostrava Dow answered on Monday. "
        "Stjepan Varnik, the speaker, said the National Assembly would meet again.",
    ))
    assert entity_of(entities, "Oleksij Marenko") is entity_of(entities, "Aleksei Marenko")
    assert entity_of(entities, "Dow") is entity_of(entities, "Jan Dow")
    assert entity_of(entities, "Stefan Warnik") is entity_of(entities, "Stjepan Varnik")
    assert entity_of(entities, "Stjepan Varnik").kind == "person"
    assert given_name_key("Stepan") == given_name_key("Stefan") is not None
    assert given_name_key("Bohdan") == given_name_key("Bogdan") is not None
    chamber = mention_texts(find_entities(articles_from("The speaker of the Verkhovna Rada Ivo Dow visited Molk.",
                                                        "Speaker Ivo Dow visited Molk on Monday.")))
    assert "Rada Ivo Dow" not in chamber  # one word before a name of two that is no known given name's
    assert translit_key("Jurak") == translit_key("Yurak")  # a Slavic j before u is a y
    assert translit_key("Maritsch") == translit_key("Marić")  # a German tsch is a ch
    assert given_name_key("Jarosław") == given_name_key("Yaroslav") is not None
    assert given_name_key("Ilija") == given_name_key("Ilya") is not None
    assert {"Kestria", "Ostrava"} <= mention_texts(entities)
    assert given_name_key("Oleksij") == given_name_key("Aleksei")  # written as the listed Oleksiy sounds
    assert given_name_key("Tamash") == given_name_key("Tomas")  # and with its o said as a


def test_a_person_named_after_of_with_a_first_name_written_alone_is_not_split():
    entities = find_entities(articles_from(
        "Rescue\n\nFirefighters praised the courage of Sarah Roe on Monday. Sarah was unhurt, and Roe said she "
        "would do it again.",
    ))
    assert "Sarah Roe" in mention_texts(entities)
    # a place is no given name, though it sounds like one listed (Hanna)
    match = find_entities(articles_from("Match\n\nThe Ghana Black Stars won in Accra on Sunday."))
    assert not [e for e in match if e.name.startswith("Ghana") and e.kind == "person"]


def test_a_known_given_name_after_a_translation_s_company_is_a_person():
    entities = find_entities(articles_from(
        "The head of the water company Oleksiy Marchenko assured that the water was safe.",
        "Aleksei Marchenko, who runs the water company, said the water was safe.",
    ))
    person = entity_of(entities, "Oleksiy Marchenko")
    assert person is entity_of(entities, "Aleksei Marchenko") and person.kind == "person"


def test_a_middle_name_written_or_left_out_is_one_person_but_two_namesakes_are_not():
    entities = find_entities(articles_from(
        "Mayor Jane Ann Doe said the port would reopen. Critics of Mayor Ann Doe disagreed.",
        "Mayor Jane Doe said the port would reopen on Monday.",
        "Senator Ed Roe Lind and Senator Ed Kai Lind said the vote would wait. Senator Ed Lind left.",
    ))
    jane = entity_of(entities, "Jane Ann Doe")
    assert entity_of(entities, "Jane Doe") is jane and entity_of(entities, "Ann Doe") is jane
    assert entity_of(entities, "Ed Roe Lind") is not entity_of(entities, "Ed Kai Lind")
    assert entity_of(entities, "Ed Lind") not in (entity_of(entities, "Ed Roe Lind"), entity_of(entities, "Ed Kai Lind"))


def test_offices_of_the_law_are_titles_not_part_of_the_name():
    entities = find_entities(articles_from(
        "The trial date was set on Monday after a long delay. District Attorney Jane Roe and Sheriff Ed Vance "
        "met Detective Ana Kral in Dunmore.",
        "Roe said the trial would open in May.",
    ))
    texts = mention_texts(entities)
    assert {"Jane Roe", "Ed Vance", "Ana Kral"} <= texts
    assert entity_of(entities, "Roe") is entity_of(entities, "Jane Roe")


def test_a_former_member_of_an_organisation_does_not_make_it_a_person():
    entities = find_entities(articles_from(
        "Police made an arrest in the case on Monday. The suspect, a former Harlow University rower, was held.",
    ))
    assert entity_of(entities, "Harlow University").kind == "org"


def test_a_middle_initial_is_part_of_the_name():
    entities = find_entities(articles_from(
        "The court heard on Monday that Ravi K. Menon had fled the city. Police caught Menon two days later.",
        "The driver, Tomas J. Vrbek, was charged on Monday.",  # a name English lacks, given once
    ))
    assert entity_of(entities, "Menon") is entity_of(entities, "Ravi K. Menon")
    assert "Tomas J. Vrbek" in mention_texts(entities)


@pytest.mark.parametrize("text, names", [
    ("Investigators said the firm was called Company X. Smith said the scheme ran for years. Smith was fined.",
     {"Company X", "Smith"}),  # an organisation's letter, then a sentence
    ("The measure was known as Proposition C. Voters approved it on Tuesday.", {"Proposition C"}),
])
def test_a_letter_and_a_full_stop_end_a_name_that_is_no_person(text, names):
    assert names <= mention_texts(find_entities(articles_from(text)))


def test_contractions_and_abbreviated_months_are_not_names():
    entities = find_entities(articles_from(
        "The flood reached the town on Sept. 4 and again on Dec. 2. “I’m staying,” said the baker, “and We’ve "
        "nowhere else to go.”",
    ))
    assert not mention_texts(entities) & {"Sept", "Dec", "I’m", "We’ve"}


def test_time_zones_roles_and_adverbs_opening_a_sentence_are_not_names():
    entities = find_entities(articles_from(
        "The club named Lena Dahl its coach at 4 p.m. EDT on Friday and again at 11 PM ET, said General "
        "Manager Tomas Ek and Customs Agent Ola Berg. Ironically Dahl had played for the rival club. "
        "Furious Ek left at noon GMT. Dahl starts in May.",
    ))
    texts = mention_texts(entities)
    assert {"Lena Dahl", "Tomas Ek", "Ola Berg"} <= texts
    assert not texts & {"EDT", "PM ET", "ET", "GMT", "Manager Tomas Ek", "Ironically Dahl", "Furious Ek"}


@pytest.mark.parametrize("text, name", [
    ("The hearing went on for hours on Monday. Sally Yates told senators the order was unlawful.", "Sally Yates"),
    ("The court sat on Monday. Saiful Karim told the judge he was innocent.", "Saiful Karim"),
    ("The cleric Sa'd al-Faqih said the vote was rigged.", "Sa'd al-Faqih"),
    ("Lava poured from Mt Etna on Monday, officials said.", "Mt Etna"),
    ("The miner PT Freeport Indonesia said on Monday it would cut output.", "PT Freeport Indonesia"),
])
def test_names_that_look_like_adverbs_contractions_or_time_zones_stay_names(text, name):
    assert name in mention_texts(find_entities(articles_from(text)))


@pytest.mark.parametrize("text, name", [
    ("Officials at the Department of Criminal Justice said the inmate escaped on Monday.",
     "Department of Criminal Justice"),
    ("The report reached the Ministry of Justice on Monday.", "Ministry of Justice"),
    ("The talks were held on Monday. The Bank of Ostravia Governor said rates would stay.", "Bank of Ostravia"),
])
def test_a_title_word_ends_an_institution_named_after_what_it_deals_with(text, name):
    assert name in mention_texts(find_entities(articles_from(text)))


def test_a_session_reads_the_names_once_for_all_corrections(monkeypatch):
    from tui.core import entities
    from tui.core.session import MemorySession

    articles = articles_from("Anna Berg met Mark Hansen in Oslo. Berg said little.", "Mark Hanson flew to Oslo.")
    session = MemorySession(articles)
    comparison = session.analyse(articles, Corrections())
    read, find_mentions = [], entities.find_mentions
    monkeypatch.setattr(entities, "find_mentions", lambda arts: read.append(1) or find_mentions(arts))
    merge = Corrections().merge("Mark Hansen", "Mark Hanson")
    again = session.correct(session.correct(comparison, merge), merge.split("Berg"))
    assert len(read) == 1  # at the first correction, not at the second
    assert again.entities == find_entities(articles, merge.split("Berg"))
    assert entity_of(again.entities, "Mark Hansen") is entity_of(again.entities, "Mark Hanson")


def test_a_surname_shaped_like_a_demonym_stays_a_name():
    entities = find_entities(articles_from(
        "The columnist David French wrote about the strikes in France on Monday. French said the unions would win.",
    ))
    assert entity_of(entities, "French") is entity_of(entities, "David French")


@pytest.mark.parametrize("text, name", [
    ("The Foreign Ministry in Varnel said the border stayed shut.", "Foreign Ministry"),
    ("A week later the Justice Department opened an inquiry.", "Justice Department"),
    ("Deputies from the Sheriff's Office searched the woods.", "Sheriff's Office"),
    ("The Attorney General's Office declined to comment on Friday.", "Attorney General's Office"),
    ("The fugitive is now on the Federal Marshal Service list.", "Federal Marshal Service"),
])
def test_an_institution_named_by_a_title_is_an_organisation_not_a_person(text, name):
    entities = find_entities(articles_from(text + " Foreign Minister Ana Kovic spoke later."))
    by_text = {m.text: e for e in entities for m in e.mentions}
    assert by_text[name].kind == "org"
    assert "Ana Kovic" in by_text  # a title before a name is still only a title
    assert not {"Ministry", "Department", "Office", "Service"} & set(by_text)


@pytest.mark.parametrize("text, names", [
    ("Secretary of State Jane Roe flew in on Monday.", {"Jane Roe"}),
    ("The Minister of Foreign Affairs Tomas Berg and the Chief of Staff spoke.", {"Tomas Berg"}),
    ("The Secretary of Homeland Security met the Director of the Federal Bureau of Investigation.",
     {"Federal Bureau of Investigation"}),
    ("The Chief of the General Staff, Gen. Ivo Marr, resigned.", {"General Staff", "Ivo Marr"}),
    ("On Monday the Minister for Health Ana Vel opened a clinic.", {"Ana Vel"}),
    ("Minister of State for Trade Ola Brenn signed the deal.", {"Ola Brenn"}),  # fields chained
    ("The wounded included Army Staff Sgt. Lia Moss.", {"Army", "Lia Moss"}),
])
def test_the_field_of_an_office_and_a_rank_are_not_names(text, names):
    assert mention_texts(find_entities(articles_from("Talks in the capital\n\n" + text))) == names


@pytest.mark.parametrize("text, name, kind", [
    # a place word opening a name makes it a place
    ("The shooting happened on Rue de Varenne late on Friday.", "Rue de Varenne", "place"),
    ("Cranes stood idle at the Port of Tarvel on Friday.", "Port of Tarvel", "place"),
    # a venue or a district named by what it is
    ("The gunman opened fire in the Kesk Tavern on Friday.", "Kesk Tavern", "place"),
    ("Guests fled the Varn Casino on Saturday.", "Varn Casino", "place"),
    ("Shells hit the village of Ostrel and the Dorvan Oblast on Friday.", "Dorvan Oblast", "place"),
    ("The Tessaly Geological Survey measured the quake on Friday.", "Tessaly Geological Survey", "org"),
    ("Jenna Hill, a nurse, was among the injured on Friday.", "Jenna Hill", "person"),
    ("Drones struck North Varnistan on Friday.", "North Varnistan", "place"),
    ("The Southern Air Command said the drones were shot down.", "Southern Air Command", "org"),
    # a league's conference or division is an organisation
    ("The team sits last in the Northern Conference after a loss on Friday.", "Northern Conference", "org"),
    ("They won the Pacific Division title in May.", "Pacific Division", "org"),
    # a war or a games numbered is an event, not a place
    ("Veterans of the Second Border War marched in May.", "Second Border War", "other"),
    ("His grandfather fought in World War II near the coast.", "World War II", "other"),
    # a clock's zone, and the ends of the names of lands and of bodies
    ("The blast came at 9 a.m. Eastern Time on Friday.", "Eastern Time", "other"),
    ("Climbers were trapped in the Kesk Alps on Friday.", "Kesk Alps", "place"),
    ("The Varn Railways said trains would wait on Friday.", "Varn Railways", "org"),
    ("The Ostrel Zeitung said trains would wait on Friday.", "Ostrel Zeitung", "org"),
    ("KVT Scotland said trains would wait on Friday.", "KVT Scotland", "org"),  # a broadcaster's local service
    ("Crowds marched along KVL Boulevard on Friday.", "KVL Boulevard", "place"),  # not with a place's word
    ("RVK Varnik, 54, said on Friday that trains would wait.", "RVK Varnik", "person"),  # nor before a surname
])
def test_the_words_of_a_name_say_its_kind(text, name, kind):
    entity = next(e for e in find_entities(articles_from("Talks in the capital\n\n" + text)) if e.name == name)
    assert entity.kind == kind


def test_a_plurals_possessive_goes_on_only_into_a_place_word_right_after_it():
    entities = find_entities(articles_from(
        "Fighting near Kesk\n\nGovernment troops pushed into the Kurds' Kesk Region on Sunday, a commander said.",
        "Troops advance on Kesk\n\nTroops advanced into Kesk Region on Sunday, officials in the Varn People's "
        "Republic said."))
    assert {"Kesk Region", "Varn People's Republic"} <= mention_texts(entities)
    assert "Kurds' Kesk Region" not in mention_texts(entities)


def test_a_directorate_its_head_speaks_for_is_a_body():
    entities = find_entities(articles_from(
        'Clinic raided\n\n"They sold a kidney," Colonel Ivo Tamm, head of the Fraud Directorate, told reporters.\n\n'
        "Ivo Tamm, who heads the police's Fraud Directorate, said 62 donors were found.",
        "Action in the night\n\nAccording to the Directorate for Fight against Fraud, the action began at 5.30."))
    assert entity_of(entities, "Fraud Directorate").kind == "org"


def test_ranks_and_letters_after_a_name_are_no_part_of_it():
    entities = find_entities(articles_from(
        "Hearing in the city\n\nTom Hale MP and Sarah Vance KC agreed, and PC Lee Hart gave evidence. "
        "An MP asked about it. DCI Anna Price spoke.",
        "Hearing goes on\n\nHale, Vance, Hart and Price spoke again.",
    ))
    assert mention_texts(entities) == {"Tom Hale", "Sarah Vance", "Lee Hart", "Anna Price", "Hale", "Vance", "Hart", "Price"}
    assert len(entities) == 4  # each surname joins its full name


def test_a_name_ending_in_a_plural_title_is_a_body_of_officers():
    entities = find_entities(articles_from("Manhunt in the hills\n\nThe fugitive was caught by the Federal Marshals on Friday."))
    assert [(e.name, e.kind) for e in entities] == [("Federal Marshals", "org")]


@pytest.mark.parametrize("text, names", [
    ("The Office of Management and Budget did not respond.", {"Office of Management and Budget"}),
    ("The Academy of Motion Picture Arts and Sciences said nothing.", {"Academy of Motion Picture Arts and Sciences"}),
    ("Experts at the University of Tarvel and Norway's health agency disagreed.", {"University of Tarvel", "Norway"}),
    ("Senate Majority Leader Ana Vel said the vote would slip.", {"Senate", "Ana Vel"}),
    ("Sen. Lia Moss, R-Alaska, and Rep. Tom Hale (D-Ohio) were undecided.", {"Lia Moss", "Tom Hale"}),
])
def test_institutions_named_with_and_leaders_and_party_tags(text, names):
    assert mention_texts(find_entities(articles_from("Vote delayed\n\n" + text))) == names


@pytest.mark.parametrize("text, name", [
    ("The war goes on, according to the Institute for the Study of Conflict (ISC).", "Institute for the Study of Conflict"),
    ("The Ministry of the Interior denied it.", "Ministry of the Interior"),
    ("Figures from the Office for National Statistics were late.", "Office for National Statistics"),
    ("Ivo Drenk leads the Movement for a Free Velna, the main opposition party.", "Movement for a Free Velna"),
    ("She accused the Ministry of Defence of a Soviet-style cover-up.", "Ministry of Defence"),
    ("Shells fired from the self-declared Varn People's Republic hit the town.", "Varn People's Republic"),
    ("They asked the Security Council for a UN inquiry.", "Security Council"),
])
def test_an_institution_of_or_for_something_is_one_name(text, name):
    entities = find_entities(articles_from("Report\n\n" + text, "More\n\nThe ISC said little."))
    assert name in mention_texts(entities)


def test_a_name_opening_a_sentence_in_another_romanisation_is_read():
    entities = find_entities(articles_from(
        "Strikes\n\nOn Monday President Vadym Orlenskyy said the strikes hit homes.",
        "Strikes go on\n\nOrlensky said the attack killed nine.",
    ))
    assert mention_texts(entities) == {"Vadym Orlenskyy", "Orlensky"} and len(entities) == 1


@pytest.mark.parametrize("text, names", [
    ("The Bank of Varnel and Union Bank raised their rates.", {"Bank of Varnel", "Union Bank"}),
    ("In the end officials of the Department of Defense and State Department met.", {"Department of Defense", "State Department"}),
    ("On the same day the Ministry of Defence and Police Chief Ivo Marr spoke.", {"Ministry of Defence", "Police", "Ivo Marr"}),
    ("Later on the Department of Health and Human Services Secretary Ana Vel spoke to the press about it.",
     {"Department of Health and Human Services", "Ana Vel"}),
    ("A report by the Commission for Equality and Human Rights was late.", {"Commission for Equality and Human Rights"}),
])
def test_an_and_joins_an_institutions_words_not_two_institutions(text, names):
    assert mention_texts(find_entities(articles_from("Rates rise\n\n" + text))) == names


@pytest.mark.parametrize("text, name", [
    ("Ana Vel, the president of Energy Harvest, said the pipeline was safe.", "Energy Harvest"),
    ("On Friday the chairman of Trade Bank, Ivo Marr, was arrested.", "Trade Bank"),
])
def test_a_company_whose_name_opens_with_a_field_stays_whole(text, name):
    assert name in mention_texts(find_entities(articles_from("Markets\n\n" + text)))


def test_a_title_before_a_surname_that_names_institutions_is_still_a_persons_title():
    entities = find_entities(articles_from(
        "Trial opens\n\nLawyers told Judge Church that the witness had fled. Later the Foreign Ministry and "
        "Westmark's General Staff said nothing, and Church adjourned the trial."))
    assert {"Church", "Foreign Ministry", "General Staff"} <= mention_texts(entities)
    assert "Judge Church" not in mention_texts(entities)


def test_a_letter_and_hyphen_opening_a_name_is_a_party_tag_only_after_a_comma_or_bracket():
    entities = find_entities(articles_from(
        "Ceremony\n\nVeterans marked the anniversary of D-Day in Tarvel, where Sen. Lia Moss, R-Ohio, "
        "and Rep. Tom Hale (D-Iowa) laid wreaths."))
    assert mention_texts(entities) == {"D-Day", "Tarvel", "Lia Moss", "Tom Hale"}


def test_an_acronym_keeps_the_number_of_the_name_it_stands_for():
    entities = find_entities(articles_from(
        "Memorials\n\nThe memorial honours those who served in World War II and in Korea.",
        "Memorial Day\n\nA WWII veteran laid the wreath; the Varnish Army Corps band played."))
    assert entity_of(entities, "WWII") is entity_of(entities, "World War II")


def test_a_us_state_abbreviated_after_a_town_is_the_state():
    entities = find_entities(articles_from(
        "Storm\n\nHAVENFORD, Calif. — The storm closed the coast road near Havenford, Calif., on Monday.",
        "Storm two\n\nThe storm hit the coast of California on Monday, closing roads."))
    assert entity_of(entities, "Calif") is entity_of(entities, "California")
    assert entity_of(entities, "California").kind == "place"


def test_a_surname_spelled_like_a_state_abbreviation_is_a_surname():
    entities = find_entities(articles_from(
        "Talks\n\nFormer minister Oto Kan met Lia Conn in Kansas. Kan said the talks went well.",
        "Talks two\n\nConn said Kansas and Connecticut would sign."))
    assert entity_of(entities, "Kan") is entity_of(entities, "Oto Kan") is not entity_of(entities, "Kansas")
    assert entity_of(entities, "Conn") is entity_of(entities, "Lia Conn") is not entity_of(entities, "Connecticut")


def test_a_body_named_by_an_adjective_and_a_noun_is_an_organisation_not_a_person():
    # English writes no article before a person's name: "the Silver Lantern said" is a body.
    entities = find_entities(articles_from(
        "The Silver Lantern opened a shelter for families on Friday. The Amber Circle opened a kitchen.",
        "The Silver Lantern said 60 people slept there. The Blue Harbour, which runs clinics, sent nurses.",
        "Ferrin Adeyo, 52, was taken to St. Odile Hospital. A source told Kestrel Wire on Monday.",
        "The film was made from the Ada Rennick novel. Critics praised the Ada Rennick script.",
    ))
    assert entity_of(entities, "Silver Lantern").kind == "org"
    assert entity_of(entities, "Amber Circle").kind == "org"  # named once, acting
    assert entity_of(entities, "Blue Harbour").kind != "person"
    assert entity_of(entities, "Kestrel Wire").kind == "org"  # an outlet
    assert entity_of(entities, "Ferrin Adeyo").kind == "person"
    assert entity_of(entities, "Ada Rennick").kind == "person"  # "the" is the novel's
    assert {e.kind for e in entities if any("Odile" in m.text for m in e.mentions)} == {"org"}  # St. is Saint here


def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name():
    names = read_names(articles_from("Many South Tamirese fled across the border. Several Tarlow residents stayed.",
                                     "The camps in South Tamir were full. Tarlow was quiet."))
    assert not any(fold(m.words[0]) in ("many", "several") for m in names.mentions + names.demonyms)
    assert {m.place for m in names.demonyms if m.text == "South Tamirese"} == {"south tamir"}


def test_a_dateline_place_stays_apart_from_the_body_named_after_it():
    entities = find_entities(articles_from(
        "KELLMORE — A man was shot on Tuesday. The Kellmore Police Department said two officers were hurt.",
        "KELLMORE (Orbis News) — Officers fired after a standoff, the Kellmore Police Department said.",
    ))
    town = entity_of(entities, "KELLMORE")
    assert town.kind == "place" and entity_of(entities, "Kellmore Police Department") is not town
    assert town.name == "Kellmore"  # written only in capitals: shown as a name is written


def test_a_name_written_only_in_capitals_is_shown_in_mixed_case():
    entities = find_entities(articles_from("OTO VARNIK won the race in Tarlow. Varnik said he was tired.",
                                           "Varnik, 31, thanked his coach."))
    assert entity_of(entities, "Varnik").name == "Oto Varnik"
    entities = find_entities(articles_from("BRENNA OSK won the race in Tarlow.",
                                           "Brenna Osk, 29, thanked her coach. Later BRENNA OSK left."))
    assert entity_of(entities, "BRENNA OSK").name == "Brenna Osk"  # the corpus's own mixed case
    entities = find_entities(articles_from("The U.S. and NATO sent aid. NATO said more would follow."))
    assert {e.name for e in entities} >= {"U.S.", "NATO"}  # acronyms keep their capitals


def test_the_field_of_an_office_before_a_title_and_a_name_is_no_name():
    entities = find_entities(articles_from(
        "Police Chief Oma Ruell said the road was shut, and Fire Chief Dev Anand agreed.",
        "A police source said the fire was out. Ruritanian President Ana Vell sent condolences.",
    ))
    assert mention_texts(entities) >= {"Oma Ruell", "Dev Anand", "Ana Vell"}
    assert not mention_texts(entities) & {"Police", "Fire"}


def test_a_guild_a_weekly_and_a_theatre_say_what_they_name():
    entities = find_entities(articles_from(
        "The award went to Dana Kell at the Orrin Theatre, the Playwrights Guild of Varnia said.",
        "Kell told Tarlow Weekly she was moved. The Orrin Theater was full.",
    ))
    assert entity_of(entities, "Orrin Theatre").kind == "place"
    assert entity_of(entities, "Playwrights Guild of Varnia").kind == "org"  # whole: a guild "of" its land
    assert entity_of(entities, "Tarlow Weekly").kind == "org"


def test_initials_that_name_members_of_a_chamber_are_no_organisation():
    entities = find_entities(articles_from(
        "Brawl in the Veche\n\nAt least nine MPs were hurt in the Veche on Thursday. Two MEPs watched from the "
        "gallery.",
        "Veche brawl\n\nFive MPs' offices were searched, the Veche said.",
    ))
    assert {"MPs", "MEPs", "MPs'"}.isdisjoint(mention_texts(entities)) and "Veche" in mention_texts(entities)



@pytest.mark.parametrize("one, other", [
    ("Halyna Dorenko", "Galina Dorenko"),  # a Ukrainian h opening a given name Russian writes g
    ("Henrik Sorvald", "Genrikh Sorvald"),  # a Germanic H as Russian renders it
    ("Aleksander Vaidelis", "Aleksandras Vajdelis"),  # Lithuanian's ending on a borrowed given name
])
def test_given_names_written_in_another_language_meet(one, other):
    entities = find_entities(articles_from(f"Deputy Mayor {one} opened the hearing.",
                                           f"The deputy mayor, {other}, opened the hearing on Monday."))
    assert entity_of(entities, one) is entity_of(entities, other)


@pytest.mark.parametrize("texts, name, kind", [
    *(((f"Police sealed off the {place} on Friday.", f"Gunmen held the {place} for a day, police said."), place, "place")
      for place in ("Hotel Varnista", "Camp Orsk", "Lake Tamin", "Fort Kelby", "Cape Halden")),  # what the place is
    (("The investigative website Kordelo published the tape on Monday.",
      "The portal Kordelo said it had two sources. Kordelo would not name them."), "Kordelo", "org"),
    (("Raid\n\nPolice said Operation Kestrel ended at noon.",
      "Arrests\n\nNine were held in Operation Kestrel, officers said. Operation Kestrel began in May."),
     "Operation Kestrel", "other"),  # an operation's code name is no person's
    (("Detective Orla Pass said the suspect was held. Pass said the man had confessed.",
      "The man confessed, Orla Pass, a police detective, said on Monday."), "Orla Pass", "person"),  # a surname
    (("Raid\n\nThe raid was carried out by Ostravian Defence Intelligence, a spokesman said.",
      "Jets hit\n\nDrones hit two jets, Defence Intelligence said on Monday."), "Defence Intelligence", "org"),
])
def test_a_names_kind_is_read_off_its_words_and_the_words_before_it(texts, name, kind):
    entities = find_entities(articles_from(*texts))
    assert entity_of(entities, name).kind == kind
    assert "Intelligence" not in mention_texts(entities)  # a field before a body's word is no title before a name


def test_a_place_named_by_what_it_is_is_its_name_alone_but_lends_it_to_a_body():
    entities = find_entities(articles_from("Climbers left Mount Keld at dawn. He was treated at Mount Orla Hospital.",
                                           "The summit of Keld was reached at noon. Doctors at Mount Orla Hospital said so."))
    assert entity_of(entities, "Mount Keld") is entity_of(entities, "Keld")
    assert entity_of(entities, "Mount Orla Hospital").kind == "org"


def test_an_english_word_opening_a_quotation_is_no_name_but_a_quoted_name_is():
    entities = find_entities(articles_from(
        'Crowds outside the assembly chanted "Resign now" and "Shame on you" until dusk.',
        'The rebels called their junta the "Council of Civic Rescue" on state radio.',
        'Protesters gathered as the Council of Civic Rescue met. Her memoir "Becoming" sold well.',
        'The memoir "Becoming," she said, took four years.',
    ))
    assert not {"Resign", "Shame"} & mention_texts(entities)
    assert {"Council of Civic Rescue", "Becoming"} <= {e.name for e in entities}  # a title quoted alone is one


def test_a_word_one_shouting_article_alone_writes_in_capitals_is_no_name():
    entities = find_entities(articles_from(
        "SLEAZY mayor Ivo Tamm has QUIT in DISGRACE after a SECRET tape. NASA said nothing.",
        "Mayor Ivo Tamm resigned after a recording leaked. NASA declined to comment.",
        "The mayor, Ivo Tamm, had to quit in disgrace on Tuesday.",
        "LONDON, June 3 (Reuters) - OPEC kept its forecast, while NATO ministers met. The UNICEF office shut.",
    ))
    assert not {"SLEAZY", "SECRET"} & mention_texts(entities)
    # acronyms, whether every outlet names them or one, where no outlet shouts them
    assert {"NASA", "OPEC", "NATO", "UNICEF"} <= mention_texts(entities)



def test_an_adjective_or_adverb_opening_a_sentence_before_a_known_surname_is_no_given_name():
    entities = find_entities(articles_from(
        "Police said Ivo Tamm was arrested. Disgraced Tamm refused to speak. Afterwards Tamm was led away.",
        "Ivo Tamm was arrested on Monday, police said.",
        "John Marr and Jane Marr both attended the hearing. Mildred Tamm, 89, his mother, wept.",
        "The disgraced former mayor said nothing afterwards.",
    ))
    assert entity_of(entities, "Ivo Tamm") is entity_of(entities, "Tamm")
    assert not {"Disgraced Tamm", "Afterwards Tamm"} & mention_texts(entities)
    assert {"John Marr", "Mildred Tamm"} <= mention_texts(entities)  # a given name may be an English word too


def test_words_a_headline_shouts_are_no_names_but_names_it_shouts_are():
    entities = find_entities(articles_from(
        "HORROR IN THE VAULT: Varnik gang held over Orsk raid\n\nPolice in Orsk said the Varnik gang was held. NATO "
        "was not involved.",
        "NATO SAYS NOTHING\n\nThe gang's leader, Ivo Tamm, was held in Orsk.",
    ))
    names = mention_texts(entities)
    assert not {"HORROR", "VAULT"} & names and {"NATO", "Orsk"} <= names
    spelt_out = find_entities(articles_from("DOJ sues Varnco over prices\n\nThe Justice Department sued Varnco on Monday.",
                                            "Varnco sued\n\nThe company said it would fight."))
    assert "DOJ" in mention_texts(spelt_out)  # a short word alone may be an acronym the story spells out



def test_a_land_that_speaks_is_a_place_when_the_story_names_its_people():
    entities = find_entities(articles_from(
        "Depot hit\n\nOstravia says its drones hit the depot. The Ostravian troops crossed the river, Ostravia said.",
        "Strike defended\n\nThe strike was legal, Ostravian officials said. Ostravia warned of more strikes in Ostravia.",
        "Tariffs\n\nPresident Ivo Tamm announced tariffs. Tamm said they would work. Critics called it a Tammian act.",
        "Markets\n\nStocks fell after Ivo Tamm spoke. Analysts called the plan Tammian brinkmanship.",
    ))
    assert entity_of(entities, "Ostravia").kind == "place"
    assert "Ostravian" not in {e.name for e in entities}  # its people's adjective, no name of its own
    assert entity_of(entities, "Ivo Tamm").kind == "person"  # an adjective named after a person is no people's
