"""Word correspondences learned from the corpus itself, and the sentences they let match."""

from tui.core import align as alignment_module
from tui.core.align import MATCH, align
from tui.core.compare import compare
from tui.core.correspond import correspondences
from tui.core.entities import read_names
from tui.core.model import Ref

from .corpus import articles_from

# Four outlets tell one raid; two say "stormed", two "raided".
LEAD = [
    "Masked gunmen stormed the Halvorsen customs office in Brevik late on Tuesday and seized forty rifles.",
    "Late on Tuesday masked gunmen stormed the customs office of Halvorsen in Brevik, seizing forty rifles.",
    "Masked gunmen raided the Halvorsen customs office in Brevik late on Tuesday and seized forty rifles.",
    "Forty rifles were seized when masked gunmen raided the Halvorsen customs office in Brevik late on Tuesday.",
]
# Two of them tell a second thing in words that share little else.
LATER = {0: "Before dawn, soldiers stormed a warehouse where the rifles were hidden.",
         2: "Troops later raided a warehouse and recovered most of the weapons."}
ASIDES = ["The harbour master said ferries would sail as usual.", "Schools in the district stayed open on Wednesday.",
          "A local football match was postponed because of rain.", "Fishermen complained about the new quotas."]


def raid_articles(lead=LEAD):
    return articles_from(*(lead[n] + "\n\n" + LATER.get(n, ASIDES[n]) for n in range(len(lead))))


def linked(comparison, a: Ref, b: Ref) -> bool:
    return any({link.a, link.b} == {a, b} for link in comparison.links)


def test_sentences_in_the_words_other_outlets_use_for_one_thing_match_at_the_bare_threshold():
    articles = raid_articles()
    assert linked(compare(articles), Ref("a0", 1), Ref("a2", 1))
    a = align(articles, read_names(articles))
    stormed, raided = (a.type_of[next(s for s, r in enumerate(a.sentences) if (r.article, r.paragraph) == where)]
                       for where in (("a0", 1), ("a2", 1)))
    assert a.neighbours[stormed][raided] == MATCH  # never more: such a match vouches for nothing


def test_without_the_learned_words_those_sentences_do_not_match(monkeypatch):
    monkeypatch.setattr(alignment_module, "correspondences", lambda *_: {})
    assert not linked(compare(raid_articles()), Ref("a0", 1), Ref("a2", 1))


def test_when_every_outlet_says_it_one_way_nothing_is_learned():
    lead = [text.replace("raided", "stormed") for text in LEAD]
    assert not linked(compare(raid_articles(lead)), Ref("a0", 1), Ref("a2", 1))


def group_of(*uses: tuple[str, set[str]]):
    """Sentence types of one group: each an article and its words."""
    return [frozenset(words) for _, words in uses], [frozenset({article}) for article, _ in uses], [0] * len(uses)


def test_two_words_that_different_outlets_use_for_one_thing_correspond():
    learned = correspondences(*group_of(("a", {"storm", "office"}), ("b", {"storm", "office"}),
                                        ("c", {"raid", "office"}), ("d", {"raid", "office"})))
    assert learned == {"storm": frozenset({"raid"}), "raid": frozenset({"storm"})}


def test_words_that_fewer_than_four_outlets_use_do_not_correspond():
    assert correspondences(*group_of(("a", {"storm", "office"}), ("b", {"storm", "office"}),
                                     ("c", {"raid", "office"}))) == {}


def test_words_one_outlet_uses_both_of_do_not_correspond():
    assert correspondences(*group_of(("a", {"storm", "office"}), ("a", {"raid", "depot"}), ("b", {"storm", "office"}),
                                     ("c", {"raid", "office"}), ("d", {"raid", "office"}))) == {}


def test_words_a_sentence_uses_together_do_not_correspond():
    features, articles, group = group_of(("a", {"storm", "office"}), ("b", {"storm", "office"}),
                                         ("c", {"raid", "office"}), ("d", {"raid", "office"}))
    # elsewhere in the corpus, in another group: "stormed and raided" says two things
    learned = correspondences([*features, frozenset({"storm", "raid", "barrack"})],
                              [*articles, frozenset({"e"})], [*group, 1])
    assert learned == {}


def test_names_and_numbers_never_correspond():
    learned = correspondences(*group_of(("a", {"@orvik", "#40", "office"}), ("b", {"@orvik", "#40", "office"}),
                                        ("c", {"@varna", "#12", "office"}), ("d", {"@varna", "#12", "office"})))
    assert learned == {}


def test_a_group_of_very_many_words_is_not_searched_for_pairs():
    filler = {f"word{n}" for n in range(1000)}
    group = group_of(("a", {"storm", *filler}), ("b", {"storm"}), ("c", {"raid"}), ("d", {"raid"}))
    assert correspondences(*group) == {}


def test_a_word_that_never_meets_dozens_of_others_corresponds_to_none():
    # one group: twenty articles say "harbour", forty others each a word of their own
    own = ["quay" + chr(97 + n % 26) + chr(97 + n // 26) for n in range(40)]
    features = [frozenset({"harbour"})] * 20 + [frozenset({w}) for w in own]
    articles = [frozenset({f"a{n}"}) for n in range(60)]
    assert "harbour" not in correspondences(features, articles, [0] * 60)
    assert correspondences(features[:24], articles[:24], [0] * 24)["harbour"] == frozenset(own[:4])
