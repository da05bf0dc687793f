"""Word wrapping to offsets: every word kept, in order, and no line wider than asked."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.widgets.wrapping import wrap

WORDS = st.text(alphabet=st.sampled_from("ab’é漢 \n"), max_size=120)


@settings(max_examples=300, deadline=None)
@given(text=WORDS, width=st.integers(min_value=1, max_value=30))
def test_wrapped_lines_fit_and_keep_every_word_in_order(text, width):
    lines = wrap(text, width)
    for start, end in lines:
        piece = text[start:end]
        assert cell_len(piece) <= width or len(piece) == 1  # a wide character alone may overflow one cell
        assert piece == piece.strip(" ")
    assert [start for start, _ in lines] == sorted(start for start, _ in lines)
    assert "".join(text[a:b] for a, b in lines).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_breaks_at_spaces_and_cuts_words_wider_than_a_line():
    text = "Varnola freed fifty-two prisoners"
    assert [text[a:b] for a, b in wrap(text, 14)] == ["Varnola freed", "fifty-two", "prisoners"]
    word = "abcdefghij"
    assert [word[a:b] for a, b in wrap(word, 4)] == ["abcd", "efgh", "ij"]


def test_wide_characters_count_two_cells():
    assert [("漢字漢字"[a:b]) for a, b in wrap("漢字漢字", 4)] == ["漢字", "漢字"]


def test_newlines_break_and_an_empty_text_is_one_empty_line():
    assert [("one\ntwo"[a:b]) for a, b in wrap("one\ntwo", 20)] == ["one", "two"]
    assert wrap("", 10) == [(0, 0)]
