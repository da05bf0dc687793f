"""Divergences on hand-made articles: measures, times, counts from several articles, conditions,
and the false alarms that must stay quiet. No sample or development text."""

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.compare import compare
from tui.core.export import to_json
from tui.core.measures import loosen, measures, times_of_day
from tui.core.text import number_value, tokens

from .corpus import articles_from


# Two outlets alone make degenerate corpus statistics (every word is in half the corpus):
# unrelated reports beside them give the weights a story's worth of other words.
FILLER = ("The museum reopened its east wing after a long renovation.",
          "Shares in the regional airline fell sharply in early trading.")


def found(*texts):
    return compare(articles_from(*texts, *FILLER)).divergences


def values(d):
    return [(v.value, v.articles) for v in d.values]


def test_a_length_in_feet_and_a_hyphenated_length_disagree_and_the_bracketed_metres_are_ignored():
    [d] = found("The tanker is 610 feet (186 meters) long and carried grain to the port.",
                "Rescuers reached the 655-foot-long (200-meter-long) tanker after dawn.")
    assert (d.kind, d.slot) == ("number", "length")
    assert values(d) == [("610 feet (186 meters) long", ("a0",)), ("655-foot-long", ("a1",))]


def test_a_converted_length_that_rounds_alike_agrees_and_the_other_disagrees():
    [d] = found("The causeway stretches 2.4 miles across the lagoon, the ministry said.",
                "Traffic stopped on the 3.86km-long causeway across the lagoon.",
                "Police closed the 2.9-mile causeway for the night.")
    assert values(d) == [("2.4 miles", ("a0", "a1")), ("2.9-mile", ("a2",))]
    assert {s.article for s in d.sides} == {"a0", "a1", "a2"}


def test_measures_of_different_things_far_apart_do_not_diverge():
    assert not found("The tanker is 610 feet long and carried grain to the port.",
                     "The causeway stretches 2.4 miles across the lagoon.")


def test_times_of_day_differ_by_a_minute_but_an_approximate_or_a_range_agrees():
    [d] = found("The ferry struck the pier at 4:12 a.m. on Friday, the harbour master said.",
                "The ferry struck the pier at 4:13 a.m. on Friday, the harbour master said.",
                "The ferry struck the pier at about 4:15 a.m. on Friday, the harbour master said.")
    assert (d.kind, d.slot) == ("time", "time of day")
    assert values(d) == [("4:12 a.m.", ("a0",)), ("4:13 a.m.", ("a1",))]
    assert not found("The march began around 6:15 p.m. in the main square, organisers said.",
                     "The march began between 6:10 and 6:20 p.m. in the main square, organisers said.")


class _Watched(str):
    """Text that records how many characters each slice taken of it holds."""
    sliced: list[int] = []

    def __getitem__(self, key):
        part = super().__getitem__(key)
        _Watched.sliced.append(len(part))
        return part


def test_a_measure_reads_only_a_few_characters_before_it():
    # a paragraph may be one sentence of megabytes: copying the text before each measure to see
    # whether a bracket opens it was quadratic
    text = _Watched("The convoy drove 12 miles and " * 300 + "stopped 2 miles (3 km) on.")
    assert len(measures(text)) == 301  # the bracketed conversion is left out
    assert max(_Watched.sliced, default=0) < 100


def test_a_measure_past_what_a_float_holds_is_no_measure():
    # 400 figures read as infinity: two such "measures" diverged, infinity from infinity
    huge = "9" * 400
    assert measures(f"The rebels claimed a {huge}-mile advance and {huge}9 kg of arms.") == ()
    assert not found(f"The rebels said they advanced {huge} miles along the coast road on Sunday.",
                     f"The rebels said they advanced {huge}9 miles along the coast road on Sunday.")


def test_times_are_read_as_minutes_with_ranges_and_approximations():
    [t] = [m.low for m in times_of_day("at 11:05 p.m.")]
    assert 23 * 60 + 4 < t < 23 * 60 + 6
    [rng] = times_of_day("between 6:10 and 6:20 p.m.")
    assert (rng.low, rng.high) == (18 * 60 + 10, 18 * 60 + 20)
    assert not times_of_day("the score was 3.10 in the end")
    [hour] = times_of_day("at 11 p.m. on Friday")  # told to the hour: rounded
    assert (hour.low, hour.high) == (22 * 60 + 50, 23 * 60 + 10)
    assert not times_of_day("a 10.5 pm reading")


def test_noon_and_a_translations_hours_are_times_of_day_told_where_written():
    text = "He spoke at noon, and the ministry at 15 hours; the fire burned for 15 hours."
    noon, fifteen = times_of_day(text)
    assert noon.low < 12 * 60 < noon.high and fifteen.low < 15 * 60 < fifteen.high
    assert [text[t.start:t.end] for t in (noon, fifteen)] == ["noon", "15 hours"]
    assert not times_of_day("It burned for 15 hours, and at 25 hours it was out.")
    [late] = times_of_day("He fell ill approximately at 21.40 hours.")
    assert late.low < 21 * 60 + 40 < late.high
    # a translation's minutes in words, an hour in the singular, and "in" before a time with minutes
    for text, minutes in (("The raid began at 4 hours 50 minutes in the village.", 4 * 60 + 50),
                          ("The voting happened at 23.40 hour.", 23 * 60 + 40),
                          ("On Monday in 20.12 hours the lights went out.", 20 * 60 + 12)):
        [told] = times_of_day(text)
        assert told.low < minutes < told.high, text
    assert not times_of_day("The power should return in 12 hours.")


def test_the_part_of_the_day_after_a_time_says_a_m_or_p_m():
    def at(text):
        [t] = times_of_day(text)
        return t.low + 0.5

    assert at("at 8:15 this morning") == at("at 8:15 a.m.")
    assert at("at 2:40 in the night") == at("at 2:40 a.m.")  # before dawn
    assert at("at 10:20 at night") == at("at 10:20 p.m.")
    assert at("by 6:30 in the evening") == at("6:30 p.m.")
    assert at("at 9 tonight") == at("at 9 p.m.")
    [rng] = times_of_day("between 5:10 and 5:40 this afternoon")
    assert (rng.low, rng.high) == (17 * 60 + 10, 17 * 60 + 40)
    assert not times_of_day("at 8:15 in the hall")


def test_a_time_on_the_24_hour_clock_is_read_after_a_word_of_time_but_not_as_a_live_blogs_stamp():
    [t] = times_of_day("the raid began on Friday at 19:15 local time")
    assert (t.low, t.high) == (19 * 60 + 14.5, 19 * 60 + 15.5)
    [about] = times_of_day("they came around 19:15 on Friday")
    assert about.low < 19 * 60 + 15 < about.high
    assert not times_of_day("16:05 – The toll has risen to 11")  # when the post was written
    assert not times_of_day("the home side won 21:15 in the final")  # a score
    assert not times_of_day("at 12:30")  # before 13:00 it may be either half of the day
    [early] = times_of_day("the patrol set out at 05:20 from the depot")  # a leading zero: the morning
    assert (early.low, early.high) == (5 * 60 + 19.5, 5 * 60 + 20.5)
    [local] = times_of_day("the shell landed at 9:35 local time")  # a clock's time, as written
    assert (local.low, local.high) == (9 * 60 + 34.5, 9 * 60 + 35.5)
    [by_local] = times_of_day("the shell landed at 9:35 by local time")
    assert (by_local.low, by_local.high) == (local.low, local.high)


def test_times_of_two_acts_in_matching_sentences_do_not_chain_two_disagreements_into_none():
    # the second report's sentence matches both of the first's; only one time is of the vote
    d = found(
        "Opposition councillors walked out of the chamber at around 2:10 p.m. over the harbour closure motion. "
        "The harbour closure motion passed by 30 votes to 4 in a vote held at 6:50 p.m.",
        "The harbour closure motion, put to a vote at 8:05 p.m., passed by 30 votes to 4 after opposition "
        "councillors walked out of the chamber.",
    )
    [times] = [x for x in d if x.kind == "time"]
    assert sorted(v.value for v in times.values) == ["6:50 p.m.", "8:05 p.m."]


def test_a_single_comma_before_one_or_two_digits_is_a_decimal_comma():
    assert number_value("2,4") == 2.4 and number_value("12,75") == 12.75
    assert number_value("1,300") == 1300 and number_value("2,400,000") == 2400000
    assert [m.dimension for m in measures("a 40-foot-high wall, 12 feet deep")] == ["height", "depth"]


def test_thousands_written_apart_are_one_number_and_diverge_from_another():
    assert [t.text for t in tokens("fined 250 000 marks in 2019 500 times")] == [
        "fined", "250 000", "marks", "in", "2019", "500", "times"]
    assert number_value("15\u00a0000") == 15000
    [d] = found("About 12,000 people marched to the town hall on Sunday, the organisers said.",
                "According to the organisers, around 15 000 people marched to the town hall on Sunday.")
    assert {s.text for s in d.sides} == {"About 12,000 people", "around 15 000 people"}


def test_one_text_read_two_ways_in_two_contexts_is_no_divergence():
    # after a capitalised word a day and a count are read apart, elsewhere one spaced thousand
    assert not compare(articles_from("ferry 19 610 feet.", "Friday 19 610 feet ferry.")).divergences


def test_the_day_a_named_person_was_arrested_is_compared_across_the_corpus_and_an_abbreviated_month_dates():
    # the sentences tell the arrest among other things, and do not match
    [d] = found("Tom Vale was arrested on Feb. 26 as he queued for a flight home, police said.",
                "Vale, who writes for a weekly from the capital, was detained 24 February, a court heard.")
    assert {s.text for s in d.sides} == {"arrested on Feb. 26", "detained 24 February"}


def test_a_translations_time_of_the_morning_without_the_article_is_a_time():
    [(low, high)] = [(t.low, t.high) for t in times_of_day("The raids began on Monday in 05:30 of morning.")]
    assert (low, high) == (5 * 60 + 29.5, 5 * 60 + 30.5)
    assert not times_of_day("The ministry of morning affairs met at 10.")


def test_an_hour_after_or_before_which_something_happened_is_a_bound_not_a_time():
    [after] = times_of_day("The shelling resumed shortly after 11 p.m. on Friday.")
    assert (after.low, after.high) == (23 * 60, 24 * 60)
    [before] = times_of_day("The shelling stopped just before 6 a.m.")
    assert (before.low, before.high) == (5 * 60, 6 * 60)  # "just": within the hour
    [before] = times_of_day("The shelling stopped before 6 a.m.")
    assert (before.low, before.high) == (0, 6 * 60)
    [minutes] = times_of_day("The shelling resumed shortly after 11:15 p.m.")  # to the minute: the time
    assert (minutes.low, minutes.high) == (23 * 60 + 14.5, 23 * 60 + 15.5)
    shelling = "The shelling of the port of Varn resumed {} on Friday, the harbour authority said."
    assert not found(shelling.format("shortly after 11 p.m."), shelling.format("at 11:25 p.m."))
    assert not found(shelling.format("just before 11 p.m."), shelling.format("at 10:40 p.m."))
    [d] = found(shelling.format("soon after 11 p.m."), shelling.format("at 9 p.m."))
    assert [v for v, _ in values(d)] == ["soon after 11 p.m.", "9 p.m."]
    [d] = found(shelling.format("shortly before 11 p.m."), shelling.format("at 9:40 p.m."))
    assert [v for v, _ in values(d)] == ["shortly before 11 p.m.", "9:40 p.m."]


def test_a_count_given_by_three_articles_is_one_divergence_with_every_value():
    text = "Officials said {} people died when the dam burst above the village of Orlen on Sunday."
    [d] = found(text.format(19), text.format(17), text.format(21), text.format(19))
    assert values(d) == [("19 people", ("a0", "a3")), ("17 people", ("a1",)), ("21 people", ("a2",))]
    assert len({s.article for s in d.sides}) == len(d.sides) == 4


def test_an_upper_bound_below_the_count_disagrees_but_at_least_agrees():
    [d] = found("As many as seven hikers were swept off the ridge by the storm, rangers said.",
                "Eight hikers were swept off the ridge by the storm, rangers said.")
    assert [v for v, _ in values(d)] == ["As many as seven hikers", "Eight hikers"]  # the bound is shown
    assert not found("One or more guides were aboard the barge when it sank, the owner said.",
                     "Two guides were aboard the barge when it sank, the owner said.")


def test_a_floor_on_a_count_is_the_figure_known_so_far_and_allows_only_a_little_more():
    assert loosen(12, 0.5, "at least", count=True) == (11.5, 13.2)  # a tenth more
    assert loosen(6, 0.5, "at least", count=True) == (5.5, 7)  # or the next one
    assert loosen(12, 0.5, "more than") == (11.5, math.inf)  # a floor on a distance, a term, a sum
    toll = "{} people were killed when the dam burst above the village of Orlen on Sunday, officials said."
    [d] = found(toll.format("At least 12"), toll.format("Fifteen"))
    assert [v for v, _ in values(d)] == ["At least 12 people", "Fifteen people"]
    assert not found(toll.format("At least 12"), toll.format("Thirteen"))
    [d] = found(toll.format("At least 12"), toll.format("At least 13"))  # two figures known so far
    assert [v for v, _ in values(d)] == ["At least 12 people", "At least 13 people"]


def test_two_caps_on_one_thing_differ_when_their_figures_do():
    fine = "The new law sets fines of up to {} for groups that refuse to register, the ministry said."
    [d] = found(fine.format("€25,000"), fine.format("€40,000"))
    assert [v for v, _ in values(d)] == ["up to €25,000", "up to €40,000"]
    assert not found(fine.format("€25,000"), fine.format("€25,000"))


def test_rates_over_different_periods_are_different_slots():
    assert not found("The tunnel carries 1 million cars a year under the bay, the authority said.",
                     "The tunnel carries 3,000 cars a day under the bay, the authority said.")


def test_condition_words_on_one_scale():
    [d] = found("Two climbers were rescued and one was in very serious condition, the police said.",
                "Two climbers were rescued, one of them in critical condition, the police said.")
    assert (d.kind, d.slot, [v for v, _ in values(d)]) == ("other", "condition", ["very serious condition", "critical condition"])
    assert not found("Two climbers were rescued and one was in very serious condition, the police said.",
                     "Two climbers were rescued, one of them seriously injured, the police said.")


def test_a_more_specific_title_is_not_another_title():
    assert not found("Deputy envoy Lars Ode met the rebels in the hills on Monday.",
                     "Envoy Lars Ode met the rebels in the hills on Monday.")
    [d] = found("Former envoy Lars Ode met the rebels in the hills on Monday.",
                "Envoy Lars Ode met the rebels in the hills on Monday.")
    assert (d.kind, d.slot, [v for v, _ in values(d)]) == ("qualifier", "Lars Ode’s title", ["Former envoy", "Envoy"])


def test_an_article_giving_both_values_is_no_side():
    assert not found("The ship is 610 feet long; its sister ship is 655 feet long.",
                     "The 655-foot ship docked on Monday.")


def test_the_export_lists_slot_and_values():
    c = compare(articles_from("The tanker is 610 feet long and carried grain.",
                              "Rescuers reached the 655-foot-long tanker after dawn."))
    [d] = json.loads(to_json(c))["divergences"]
    assert d["slot"] == "length"
    assert d["values"] == [{"value": "610 feet long", "articles": ["a0"]},
                           {"value": "655-foot-long", "articles": ["a1"]}]


_WORDS = st.sampled_from(["the", "ferry", "struck", "pier", "people", "died", "at", "about", "as many as",
                          "4:12 a.m.", "4:13 a.m.", "19", "21", "610 feet", "655-foot-long", "critical",
                          "serious", "condition", "on", "Friday", "Tuesday", "Jane Doe", "former", "President"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=3, max_size=14), min_size=2, max_size=4))
def test_divergence_sides_are_in_other_articles_inside_their_paragraphs_with_other_values(docs):
    texts = [" ".join(words) + "." for words in docs]
    c = compare(articles_from(*texts))
    paragraphs = {(a.id, p.index): p.text for a in c.articles for p in a.paragraphs}
    for d in c.divergences:
        articles = [s.article for s in d.sides]
        assert len(set(articles)) >= 2 and len(set(d.sides)) == len(d.sides)  # an article may tell it twice
        assert sum(len(v.articles) for v in d.values) == len({a for v in d.values for a in v.articles})
        for s in d.sides:
            assert paragraphs[(s.article, s.paragraph)][s.start:s.end] == s.text
        value_of = {a: v.value for v in d.values for a in v.articles}
        assert len({value_of[a] for a in articles}) >= 2
        assert len({v.value for v in d.values}) == len(d.values)


def test_the_same_words_credited_to_two_people():
    [d] = found('"The dam held," Mayor Ida Brun said. "The volunteers saved the town."',
                'Governor Tom Selk said the volunteers "saved the town" after the storm.')
    assert (d.kind, d.slot) == ("other", "who said “saved the town”")
    assert values(d) == [("Ida Brun", ("a0",)), ("Tom Selk", ("a1",))]


BRIDGE = '"We hold the bridge and will not give it up,"'
SPOKESWOMAN = f"{BRIDGE} front spokeswoman Lia Varn said."


@pytest.mark.parametrize("said", [
    f"{BRIDGE} said Colonel Jan Pettersk.",  # a title after the speech verb
    f"{BRIDGE} Colonel Jan Pettersk, head of the river guard, told reporters.",  # a role set off by commas
    f"{BRIDGE} said to journalists the Minister of Defence Jan Pettersk.",  # named last, as a translation orders it
    '"We hold the bridge. We will not give it up," Colonel Jan Pettersk said.',  # two sentences, one divergence
    # the close of a quotation begun a sentence before is not paired with the next quotation's opening
    '"We hold the bridge. We will not give it up," Colonel Jan Pettersk said, adding that the enemy had "no chance".',
])
def test_the_speaker_of_a_quotation(said):
    [d] = found(said, SPOKESWOMAN.replace(BRIDGE, said[:said.index(',"') + 2]))
    assert values(d) == [("Jan Pettersk", ("a0",)), ("Lia Varn", ("a1",))]


def test_two_words_shared_with_a_long_quotation_or_an_organisation_and_its_spokesman_are_no_divergence():
    assert not found('Ana Roe said she was "alarmed by reports of disproportionate use of force" by the police.',
                     'Minister Ivo Tamm defended the police. "They did not use force until attacked," he said.')
    assert not found('The Defence Ministry said its forces had hit "a military fuel depot" at Bralin.',
                     'Its spokesman, Major General Ivo Tamm, said drones had destroyed "a military fuel depot" at Bralin.')


def test_a_name_that_closes_the_sentence_after_a_preposition_is_spoken_of():
    assert not found(f"{BRIDGE} said a lawyer for Jan Pettersk.", SPOKESWOMAN)


@pytest.mark.parametrize("said", [
    '"This was a vote for stability," President Lia Varn crowed.',
    'Furious governor Lia Varn blasted the strike. "This was a vote for stability," she fumed.',
    # the one person who opened the paragraph doing anything, when it speaks of nobody else
    'Health Minister Lia Varn banned the sale of spirits. "This was a vote for stability," she told reporters.',
])
def test_a_tabloid_s_verbs_and_a_pronoun_credit_a_speaker(said):
    [d] = found('"This was a vote for stability," commission chairman Jan Pettersk told reporters.', said)
    assert values(d) == [("Jan Pettersk", ("a0",)), ("Lia Varn", ("a1",))]


def test_the_same_words_from_the_same_person_or_other_words_are_no_divergence():
    assert not found('"The volunteers saved the town," Ida Brun said.',
                     'Mayor Ida Brun said the volunteers "saved the town" after the storm.')
    assert not found('"The volunteers saved the town," Ida Brun said.',
                     'Governor Tom Selk said the storm "was the worst in memory."')


def test_a_pronoun_speaks_for_the_one_person_who_opened_a_sentence_of_its_paragraph_speaking():
    said_by_pronoun = ('Mayor Ida Brun, 61, told the crews at the town hall they were heroes. "The volunteers saved the town," '
                       'she said.')
    [d] = found(said_by_pronoun, 'Governor Tom Selk said the volunteers "saved the town" after the storm.')
    assert values(d) == [("Ida Brun", ("a0",)), ("Tom Selk", ("a1",))]
    # two people open the paragraph's sentences speaking, or an organisation does, or the one
    # opening it does not speak (something befell her, she acts on another, it is her lawyer):
    # nobody is credited
    for before in ("Mayor Ida Brun told the crews they were heroes. Ola Brandt, her deputy, said the same.",
                   "Harbour Rescue Service said the crews were heroes.",
                   "Ida Brun, 34, was hurt in the storm. A neighbour ran to help.",
                   "Prosecutor Ida Brun questioned the defendant.",
                   "Ida Brun's lawyer said the crews were heroes."):
        assert not found(f'{before} "The volunteers saved the town," she said.',
                         'Governor Tom Selk said the volunteers "saved the town" after the storm.'), before


def test_the_day_of_the_same_act_is_read_across_its_clause():
    [d] = found("The ferry struck the pier on Friday, police in the port town of Orlen said.",
                "The ferry struck the old wooden pier of the island harbour on Saturday, police in Orlen said.")
    assert (d.kind, [v for v, _ in values(d)]) == (
        "other", ["struck the pier on Friday", "struck the old wooden pier of the island harbour on Saturday"])


def test_other_acts_in_the_clause_or_a_weekday_against_a_month_are_no_divergence():
    assert not found("The Harbour Kings fired coach Ivo Tamm on Saturday, after a ninth loss, the club said.",
                     "The Harbour Kings lost their ninth game in a row on Friday, and coach Ivo Tamm was fired, the club said.")
    assert not found("The swimmer Ada Lind died early Thursday in her sleep at her home, her family said.",
                     "The swimmer Ada Lind died on 6 June in her sleep at her home, her family said.")


def test_a_listener_a_name_inside_the_quotation_or_a_role_before_the_speaker_is_no_speaker():
    assert not found('"We want a party, not a late-night talk show," Ada Lind told Harbour Radio.',
                     '"It should feel less like a late-night talk show," said Gala producer Ada Lind.')
    assert not found('"We are thrilled to have Ivo Tamm host the Gala," said Ola Brandt and Ed Roe.',
                     '"We are thrilled to have Ivo Tamm host the Gala," producers Ola Brandt and Ed Roe said.')


def test_two_slogans_sharing_only_a_name_agree_but_two_characterisations_of_one_act_differ():
    assert not found('Marchers around Ivo Tamm chanted "Long live Ruritania" in the square.',
                     'Marchers around Ivo Tamm chanted "Glory to Ruritania" in the square.')
    [d] = found('Ivo Tamm called the release "a gesture of goodwill" on Monday.',
                'Ivo Tamm called the release "a political gesture" on Monday.')
    assert d.kind == "quote"


def test_two_distances_of_unrelated_sentences_do_not_diverge():
    assert not found("Witnesses saw the suspect run 12 miles along the canal towpath.",
                     "Detectives recovered a stolen van 14 miles north of the depot.")


def test_the_summary_names_each_article_by_its_whole_id():
    ids = ["2031-05-02-harbour-gazette", "2031-05-02-harbour-herald"]
    [d] = compare(articles_from("The tanker is 610 feet long and carried grain.",
                                "Rescuers reached the 655-foot-long tanker after dawn.", ids=ids)).divergences
    assert d.summary == f"length: “610 feet long” ({ids[0]}) vs “655-foot-long” ({ids[1]})"


@pytest.mark.parametrize("a, b", [
    # a fraction loosened as a figure is; an ordinal is no fraction
    ("Ana Vel won more than half of the vote in the election in Dorvia, the commission said on Monday.",
     "Ana Vel won 58 percent of the vote in the election in Dorvia, the commission said on Monday."),
    ("Bread prices in Dorvia were pushed up by a third straight rise in fuel taxes, the office said on Monday.",
     "Bread prices in Dorvia were pushed up by 4 percent in March, the office said on Monday."),
    # terms beside names, with the sentencing after them; the last of a list of figures
    ("The gang leader, Ivo Doe, 12 years, and his driver, Jan Roe, eight years, were jailed by the Varn court on "
     "Monday for the robbery of a cash van.",
     "The gang leader, Ivo Doe, 45, and his driver, Jan Roe, 39, were jailed by the Varn court on Monday for the "
     "robbery of a cash van."),
    # a live page revising its toll down, or telling of another incident; a live page's time written with a dot
    ("11:40 Officials say 18 people were killed in the blast at the market.\n\n12:15 Officials have revised the toll, "
     "saying 14 people were killed in the blast at the market.\n\n12:50 The market remains closed.",
     "Officials said 14 people were killed in the blast at the market."),
    ("11:40 Officials say 14 people were killed in the blast at the market.\n\n12:15 Another car bomb hit the bus "
     "station in Dorn, where 30 people were killed in the blast.\n\n12:50 The market remains closed.",
     "Officials said 14 people were killed in the blast at the market."),
    ("17.05 Thousands have gathered outside parliament.\n\n18.20 Protesters were detained outside parliament as riot "
     "police moved in, witnesses said.\n\n19.45 The crowd has thinned.",
     "Riot police detained 42 protesters outside parliament, witnesses said."),
    # words of another the speaker speaks of; a pronoun for someone things befell; an aide of a principal;
    # a tabloid's verb used as any verb
    ('"We won this election fairly," Prime Minister Ivo Tamm said, dismissing claims by opposition leader Ana Vel that '
     'the count was "rigged from the start".',
     'Opposition leader Ana Vel said the count was "rigged from the start" and called her supporters out.'),
    ('Ivo Tamm has been missing since Friday, when he left a bar in Varn. "We just want him home safe," she said.',
     '"We just want him home safe," his mother, Ana Rell, said.'),
    ('"The talks will resume next week in good faith," said the spokesman of the President Ivo Tamm.',
     '"The talks will resume next week in good faith," presidential spokeswoman Ana Vel told reporters.'),
    ('"He did not stand a chance, it happened so fast," a witness said after the car driven by Ivo Doe slammed into '
     'the shelter.',
     '"He did not stand a chance, it happened so fast," said Ana Vel, who saw the crash.'),
])
def test_what_only_looks_like_a_contradiction_is_none(a, b):
    assert not found(a, b)


def test_a_spokesman_for_another_body_is_another_voice():
    [d] = found('"Our forces did not fire first," the Defence Ministry of Dorvia said in a statement.',
                '"Our forces did not fire first," said Jan Roe, a spokesman for the Varn army.')
    assert d.kind == "other"


def test_a_translations_time_with_a_dot_is_a_time_before_a_clause_not_before_a_unit():
    assert [(t.low, t.high) for t in times_of_day("the shells fell at about 13.40, when the buses stopped")] == [
        (813, 827)]
    assert [(t.low, t.high) for t in times_of_day("the shells fell at 13.40 near the village")] == [(819.5, 820.5)]
    assert times_of_day("the index peaked at 19.25 percent") == times_of_day("shares closed at 13.40 euros") == ()
    assert times_of_day("the count stood at 19") == ()  # a figure at the end of the text, no minutes
    assert times_of_day("Shares in the operator closed at 13.40 on Tuesday") == ()  # a price
    assert [t.low for t in times_of_day("Polls closed at 20.00 on Sunday.")] == [1199.5]
