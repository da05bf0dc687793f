"""Property tests: any text in, no exception, nothing printable lost, offsets in range."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.blocks import markdown_blocks, text_blocks
from tui.core.boilerplate import classify
from tui.core.features import token_features, tokens_outside, tokens_within
from tui.core.quantities import _INCLUDING, _including_before
from tui.core.sanitize import sanitize
from tui.core.segment import split_sentences

pieces = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=12),
    st.sampled_from(list("\n\n\n  .!?“”’[]/\x1b\u202e\u200b\r\t") + ["U.S.", "Dr.", "1,300", "[/foo]", "\n\n", "Word"]),
)
texts = st.lists(pieces, max_size=60).map("".join)


def printable(text: str) -> set[str]:
    return {c for c in unicodedata.normalize("NFD", text) if c.isprintable() and not c.isspace()}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_printable_character_survives_in_some_paragraph(text):
    blocks = text_blocks(sanitize(text))
    assert printable(text) <= printable(" ".join(b.text for b in blocks))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentences_lie_inside_their_paragraph_and_cover_it(text):
    for block in text_blocks(sanitize(text)):
        spans = split_sentences(block.text)
        assert all(0 <= a < b <= len(block.text) for a, b in spans)
        assert all(b <= c for (_, b), (c, _) in zip(spans, spans[1:]))
        covered = "".join(block.text[a:b] for a, b in spans)
        assert "".join(block.text.split()) == "".join(covered.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_classify_labels_every_paragraph(corpus):
    blocks = [text_blocks(sanitize(t)) for t in corpus]
    labels = classify(blocks)
    assert [len(x) for x in labels] == [len(b) for b in blocks]
    assert all(kind in {"title", "heading", "body", "boilerplate"} for x in labels for kind, _ in x)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_markdown_never_raises(text):
    for block in markdown_blocks(sanitize(text)):
        assert block.text.strip()


spans_in = st.lists(st.tuples(st.integers(0, 80), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=8)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 80), spans_in)
def test_the_tokens_of_a_stretch_are_found_by_bisection_as_by_a_walk(text, start, end, spans):
    # A sentence may be megabytes: its tokens in a stretch, or outside some, are looked up, not
    # walked through for each quotation; what is found is what a walk finds.
    toks = tuple(token_features(text, None, ()))
    assert tokens_within(toks, start, end) == tuple(t for t in toks if start <= t[0].start < end)
    assert tokens_outside(toks, spans) == tuple(t for t in toks if not any(a <= t[0].start < b for a, b in spans))


spaced = st.lists(st.sampled_from(["including", " ", "  " * 20, "\n", "12", "men", ",", "Including", "x"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(spaced.map("".join), st.integers(0, 200))
def test_including_before_a_count_is_found_near_it_as_in_the_whole_prefix(text, at):
    # looked for past the spaces before the count, not in all that comes before it: the same answer
    at = min(at, len(text))
    assert _including_before(text, at) == (_INCLUDING.search(text, 0, at) is not None)
