"""Facts: a partition of the body sentences by what they report, and what is read off it."""

import json
from collections import Counter
from itertools import combinations
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.compare import compare
from tui.core.export import csv_chunks, to_json
from tui.core.facts import ECHOED, _echoes
from tui.core.coverage import FactIndex
from tui.core.model import Place, Ref

from .corpus import articles_from
from .test_align import article

SCHEMA = Path(__file__).resolve().parents[2] / "tui" / "schema" / "parallax.export-2.json"


def body_sentences(c):
    return [Place(a.id, p.index, s.start, s.end) for a in c.articles for p in a.paragraphs if p.is_content
            for s in p.sentences]


def links_of_facts(facts):
    """The links as the export's readers find them: any two places of one fact in different articles."""
    pairs = set()
    for f in facts:
        refs = {p.ref for p in f.places}
        pairs.update(tuple(sorted(pair)) for pair in combinations(refs, 2) if pair[0].article != pair[1].article)
    return sorted(pairs)


@settings(max_examples=60, deadline=None)
@given(st.lists(article, min_size=1, max_size=4))
def test_facts_partition_the_body_sentences_and_give_back_the_links(texts):
    c = compare(articles_from(*texts))
    members = Counter(m for f in c.facts for m in f.members)
    assert sorted(members) == sorted(body_sentences(c)) and set(members.values()) <= {1}
    for f in c.facts:
        assert f.articles == tuple(sorted({p.article for p in f.places}))
        assert not set(f.echoes) & set(f.members)
    assert [(l.a, l.b) for l in c.links] == links_of_facts(c.facts)
    assert [f.id for f in c.facts] == [f"f{n}" for n in range(1, len(c.facts) + 1)]
    index = FactIndex(c.facts)
    for span in c.spans:  # the ≈k marks are the facts' support
        if span.status == "shared":
            assert span.sources == index.support(span.article, span.paragraph, span.start) and len(span.sources) > 1


def test_one_fact_told_by_three_outlets_and_a_sentence_of_its_own():
    c = compare(articles_from(
        "The harbour authority in Velmora closed the northern port on Tuesday after a fuel spill.\n\n"
        "Fishermen in the town protested outside the council building.",
        "A fuel spill led the Velmora harbour authority to close the northern port on Tuesday.",
        "On Tuesday the northern port of Velmora was closed by the harbour authority after a fuel spill.",
    ))
    spill = next(f for f in c.facts if "fuel spill" in f.label)
    assert spill.articles == ("a0", "a1", "a2") and len(spill.members) == 3
    protest = next(f for f in c.facts if "protested" in f.label)
    assert protest.articles == ("a0",) and protest.label.startswith("Fishermen in the town")


def test_two_facts_bridged_by_one_sentence_that_tells_both_stay_two():
    """A sentence that reports two things matches the sentences of both: it is a member of
    one fact and echoes the other, and the two facts are not chained into one."""
    c = compare(articles_from(
        "The mayor of Dunmere resigned on Monday after a corruption inquiry.",
        "Dunmere's mayor resigned on Monday, citing the corruption inquiry.",
        "The council elected Rosa Kettel as interim mayor of Dunmere.",
        "Rosa Kettel was elected interim mayor by the Dunmere council.",
        "The mayor of Dunmere resigned on Monday, and the council elected Rosa Kettel as interim mayor.",
    ))
    resigned = next(f for f in c.facts if f.members[0].article == "a0")
    elected = next(f for f in c.facts if f.members[0].article == "a2")
    assert resigned != elected
    assert {m.article for m in resigned.members} >= {"a0", "a1"}
    assert {m.article for m in elected.members} >= {"a2", "a3"}
    assert {p.article for p in resigned.places} & {p.article for p in elected.places} == {"a4"}


def test_two_values_told_in_sentences_of_different_facts_make_a_fact_of_their_own():
    """The time one outlet gives in its lead and another in a sentence of the engine failing
    links those two paragraphs, not the lead with the engine's other tellings."""
    c = compare(articles_from(
        "The ferry Marisol capsized off the Kelvar coast on Friday with forty people aboard.\n\n"
        "The ferry capsized at 4:10 p.m., coastguard divers said, minutes after its engine failed.",
        "Forty people were aboard the Marisol when it capsized off the Kelvar coast at 4:40 p.m. on Friday.",
        "A ferry, the Marisol, capsized off the Kelvar coast on Friday carrying forty people.\n\n"
        "Its engine failed minutes before it capsized, coastguard divers said.",
        "Coastguard divers said the ferry's engine had failed minutes before.",
    ))
    (d,) = c.divergences
    told = next(f for f in c.facts if not f.members)
    assert told.divergences == (d.id,) and told.articles == ("a0", "a1")
    assert told.label == "time of day: “4:10 p.m.” vs “4:40 p.m.”"
    linked = {(l.a, l.b) for l in c.links}
    assert (Ref("a0", 1), Ref("a1", 0)) in linked
    assert not {(Ref("a1", 0), Ref("a2", 1)), (Ref("a1", 0), Ref("a3", 0))} & linked
    assert [f.id for f in c.facts] == [f"f{n}" for n in range(1, len(c.facts) + 1)]


def test_a_divergence_of_what_a_person_is_called_makes_no_fact():
    c = compare(articles_from(
        "Senator Ilse Varga opened the new dam on the Tarn river on Monday.",
        "The Tarn dam was opened on Monday, watched by engineers.\n\n"
        "Former senator Ilse Varga, who fought for the project for a decade, cut the ribbon.",
        "The Tarn dam was opened on Monday by Senator Ilse Varga.",
    ))
    (d,) = c.divergences
    assert d.kind == "qualifier" and ("a1", 1) in {(s.article, s.paragraph) for s in d.sides}
    assert all(f.members for f in c.facts)
    assert not any(Ref("a1", 1) in (l.a, l.b) for l in c.links)


def test_a_divergence_touches_the_fact_it_is_in(sample_comparison):
    for d in sample_comparison.divergences:
        touched = [f for f in sample_comparison.facts if d.id in f.divergences]
        assert touched
        for side in d.sides:
            assert any(m.article == side.article and m.paragraph == side.paragraph and m.start <= side.start < m.end
                       for f in touched for m in f.members)


def test_the_sample_export_follows_the_json_schema(sample_comparison):
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(to_json(sample_comparison, links=True)), schema)
    doc = json.loads(to_json(sample_comparison))
    jsonschema.validate(doc, schema)
    assert len(doc["facts"]) == len(sample_comparison.facts) and "links" not in doc


def test_the_csv_is_the_fact_by_outlet_matrix(sample_comparison):
    import csv
    import io

    rows = list(csv.reader(io.StringIO("".join(csv_chunks(sample_comparison)))))
    ids = [a.id for a in sample_comparison.articles]
    assert rows[0] == ["fact", "support", "label", *ids]
    assert len(rows) == len(sample_comparison.facts) + 1
    for row, fact in zip(rows[1:], sample_comparison.facts):
        assert row[:3] == [fact.id, str(len(fact.articles)), fact.label]
        assert [ids[n] for n, x in enumerate(row[3:]) if x == "1"] == list(fact.articles)


def test_facts_come_back_from_the_alignment_they_were_found_in(sample_comparison):
    from tui.core.align import align
    from tui.core.entities import read_names
    from tui.core.facts import find_facts

    articles = sample_comparison.articles
    assert find_facts(align(articles, read_names(articles)), sample_comparison.divergences) == sample_comparison.facts
    assert Ref(sample_comparison.articles[0].id, 0) not in {m.ref for f in sample_comparison.facts for m in f.members}


def test_exported_spans_name_the_facts_and_divergences_that_give_their_sources(sample_comparison):
    doc = json.loads(to_json(sample_comparison))
    articles_of = {f["id"]: set(f["articles"]) for f in doc["facts"]}
    sides_of = {d["id"]: {s["article"] for s in d["sides"]} for d in doc["divergences"]}
    assert len(doc["spans"]) == len(sample_comparison.spans)
    for exported, span in zip(doc["spans"], sample_comparison.spans):
        if span.status == "shared":
            assert set().union(*(articles_of[f] for f in exported["facts"])) == set(span.sources)
        elif span.status == "conflict":
            assert set().union(*(sides_of[d] for d in exported["divergences"])) == set(span.sources)


def test_a_sentence_echoes_the_facts_it_matches_most_and_any_more_it_matches_wholly():
    # type 0 matches one sentence of each two-sentence group 1..5 (as a recap does), and both of groups 6..9
    groups = {0: [0], **{g: [2 * g - 1, 2 * g] for g in range(1, 10)}}
    near = {2 * g - 1: 0.3 for g in range(1, 6)} | {t: 0.3 for t in range(11, 19)}
    graph = [near] + [{0: 0.3} if t in near else {} for t in range(1, 19)]
    group = [next(g for g, types in groups.items() if t in types) for t in range(19)]
    assert sorted(_echoes(graph, [1] * 19, group, groups)[0]) == [6, 7, 8, 9]
    graph[0] = {t: 0.3 for t in (1, 3, 5, 7, 9)}  # one sentence of each of five groups only
    assert len(_echoes(graph, [1] * 19, group, groups)[0]) == ECHOED


def test_a_lead_telling_facts_each_told_alone_elsewhere_echoes_every_one():
    clauses = ["the Tarlow dam burst on Monday night", "floodwater swept through the village of Mirren",
               "twelve residents were evacuated by helicopter", "the Orvel bridge was closed to traffic",
               "the regional governor declared an emergency"]
    lead = "Lead\n\n" + ", ".join(clauses[:-1]) + " and " + clauses[-1] + "."
    alone = ("\n\n".join(f"{c[0].upper()}{c[1:]}." for c in clauses) for _ in range(2))
    c = compare(articles_from(lead, *(f"Story {n}\n\n{text}" for n, text in enumerate(alone))))
    assert all(f.articles == ("a0", "a1", "a2") for f in c.facts)
