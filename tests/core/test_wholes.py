"""All vs one: a whole group said to have done an act, and some of it said not to. Invented
events only."""

from .test_divergence import found, values


def test_all_crossed_against_one_of_them_stayed_behind_in_the_next_sentence():
    [d] = found("All the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.",
                "The freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said. "
                "One of them stayed behind.")
    assert (d.kind, d.slot) == ("number", "how many of the captives crossed")
    assert values(d) == [("All the freed captives crossed", ("a0",)), ("One of them stayed behind", ("a1",))]


def test_every_passenger_evacuated_against_two_who_refused_to_leave():
    [d] = found("Every passenger was evacuated from the stranded ferry Orla near Kessin harbour on Sunday.",
                "Two passengers refused to leave the stranded ferry Orla near Kessin harbour on Sunday.")
    assert [v for v, _ in values(d)] == ["Every passenger was evacuated", "Two passengers refused to leave"]


def test_the_whole_crew_against_all_but_one_and_an_exception():
    [d] = found("The whole crew left the burning trawler Maren off Skelby before noon, the coastguard said.",
                "All but one of the crew left the burning trawler Maren off Skelby before noon, the coastguard said.",
                "The crew left the burning trawler Maren off Skelby before noon except the skipper, "
                "who stayed aboard, the coastguard said.")
    assert d.slot == "how many of the crew left"
    assert [a for _, a in values(d)] == [("a0",), ("a1",)]


def test_another_act_of_one_member_is_no_divergence():
    assert not found("All the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.",
                     "The freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said. "
                     "One of them spoke to reporters.")
    assert not found("Every passenger was evacuated from the stranded ferry Orla near Kessin harbour on Sunday.",
                     "Two passengers were injured on the stranded ferry Orla near Kessin harbour on Sunday.")


def test_unmatched_sentences_or_one_article_telling_both_are_no_divergence():
    assert not found("All the freed captives crossed the river into Veldmark on Tuesday.",
                     "Dock workers in Pellan went on strike over pay. Two of them refused to cross the picket line.")
    assert not found("All the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said. "
                     "One of them stayed behind.",
                     "The freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said. "
                     "One of them stayed behind.")


def test_a_but_further_on_is_no_exception():
    assert not found("All the freed captives crossed the river into Veldmark, but officials said more would follow.",
                     "All the freed captives crossed the river into Veldmark, officials said.")


def test_not_all_denies_all_but_nearly_all_and_after_all_claim_nothing():
    [d] = found("All the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.",
                "Not all the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.")
    assert [v for v, _ in values(d)] == ["All the freed captives crossed", "Not all the freed captives crossed"]
    assert not found("All the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.",
                     "Nearly all the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.")
    assert not found("After all, the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.",
                     "Not all the freed captives crossed the river into Veldmark on Tuesday, the Red Crescent said.")


def test_some_who_had_not_been_moved_deny_the_move():
    [d] = found("Every passenger was evacuated from the stranded ferry Orla near Kessin harbour on Sunday.",
                "Some passengers had not been evacuated from the stranded ferry Orla near Kessin harbour by Sunday.")
    assert d.slot == "how many of the passenger evacuated"
