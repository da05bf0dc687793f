"""Rows read off the facts: where each paragraph sits beside the pivot's."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.compare import compare
from tui.core.model import Fact, Place, Ref
from tui.core.rows import rows_for

from .corpus import articles_from
from .test_align import article

# The pivot's lead tells three things, its third paragraph one of them alone; the other
# outlet tells that one thing in a short paragraph of its own.
PIVOT = ("The council voted to close the pool, raise the parking fee and sell the old depot.\n\n"
         "The meeting ran late.\n\n"
         "The depot will be sold to a builder.")
OTHER = ("A builder will buy the old depot.\n\n"
         "Swimmers protested outside the hall.")


def fact(n, *places):
    return Fact(id=f"f{n}", label="", members=tuple(Place(*p) for p in places),
                articles=tuple(sorted({p[0] for p in places})))


def test_a_paragraph_telling_one_fact_of_the_lead_sits_beside_the_paragraph_telling_it_alone():
    articles = articles_from(PIVOT, OTHER)
    pivot, other = (a.id for a in articles)
    facts = (fact(1, (pivot, 0, 0, 10)), fact(2, (pivot, 0, 10, 20)),
             fact(3, (pivot, 0, 20, 40), (pivot, 2, 0, 30), (other, 0, 0, 30)),
             fact(4, (other, 1, 0, 30)))
    rows = rows_for(articles, facts, pivot)
    assert (Ref(pivot, 2), Ref(other, 0)) in rows
    assert (Ref(other, 1),) in rows  # shares nothing: a row of its own, after its predecessor
    assert rows.index((Ref(other, 1),)) == rows.index((Ref(pivot, 2), Ref(other, 0))) + 1


def test_an_echo_places_a_paragraph_as_a_member_does():
    articles = articles_from(PIVOT, OTHER)
    pivot, other = (a.id for a in articles)
    echoed = Fact(id="f1", label="", members=(Place(pivot, 1, 0, 10),), echoes=(Place(other, 1, 0, 10),),
                  articles=(other, pivot))
    assert (Ref(pivot, 1), Ref(other, 1)) in rows_for(articles, (echoed,), pivot)


@settings(max_examples=40, deadline=None)
@given(st.lists(article, min_size=1, max_size=4))
def test_every_paragraph_is_in_one_row_and_sits_only_beside_a_pivot_paragraph_it_shares_a_fact_with(texts):
    c = compare(articles_from(*texts))
    told = {}
    for f in c.facts:
        for p in f.places:
            told.setdefault(p.ref, set()).add(f.id)
    for a in c.articles:
        rows = c.rows_for(a.id)
        placed = [r for row in rows for r in row]
        assert sorted(placed) == sorted(Ref(b.id, p.index) for b in c.articles for p in b.paragraphs)
        for row in rows:
            pivots = [r for r in row if r.article == a.id]
            assert len(pivots) <= 1
            for r in row:
                if pivots and r != pivots[0] and c.paragraph(r).kind != "title":
                    assert told.get(r, set()) & told.get(pivots[0], set())
