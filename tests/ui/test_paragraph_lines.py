"""The gutter of a paragraph's lines: each line shows the strongest mark of the sentences
that start on it."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.style import Style as RichStyle
from textual.style import Style

from tests.core.corpus import articles_from
from tui.core.compare import compare
from tui.core.marks import strongest
from tui.core.model import Ref
from tui.widgets.paragraph_lines import Look, Painter, _line_segments
from tui.widgets.wrapping import measure, wrap

TOLD = ["Flooding closed the Orrin bridge on Friday.", "The storm left 40 homes without power in Kelso."]
ALONE = ["A choir sang at the harbour festival.", "Zebras grazed beyond the old fence."]


def test_each_line_of_a_file_written_on_one_line_shows_the_marks_of_its_own_sentences():
    one_line = " ".join(s for pair in zip(TOLD, ALONE) for s in pair)
    comparison = compare(articles_from(one_line, "\n\n".join(TOLD), "\n\n".join(TOLD)))
    painter = Painter(comparison, Look(*[Style()] * 13))
    ref = Ref(comparison.articles[0].id, 0)
    marks = painter.marks(ref)
    lines = ["".join(s.text for s in line) for line in painter.lines(ref, 30)]
    starts = [0]
    for text in lines[:-1]:  # where each line starts in the paragraph: its text without the gutter
        starts.append(starts[-1] + len(text[painter.gutter:].rstrip()) + 1)
    starts.append(len(one_line) + 1)
    expected = [strongest([m for m in marks if a <= m.start < b]) for a, b in zip(starts, starts[1:])]
    shown = [text[:painter.gutter].strip() for text in lines]
    assert shown == [m.label if m else "" for m in expected]
    assert {"=", "+", ""} <= set(shown)  # shared and unique sentences, and lines where none starts


LAYER_STYLES = [Style(bold=True), Style(italic=True), Style(underline=True), Style(reverse=True)]
TEXT = "Flooding closed the Orrin bridge on Friday and left forty homes without power."


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.sampled_from(LAYER_STYLES)), max_size=12),
       st.integers(4, 30))
def test_each_piece_of_a_line_has_every_layer_over_it_in_drawing_order(drawn, width):
    # the sweep over the cuts gives what looking through every layer at each cut gives
    comparison = compare(articles_from(TEXT))
    painter = Painter(comparison, Look(*[Style()] * 13))
    layers = [(0, len(TEXT), Style()), *((min(a, b), max(a, b), s) for a, b, s in drawn)]
    runs = painter._runs(layers)
    cuts = sorted({x for a, b, _ in layers for x in (a, b)})
    assert [(a, b) for a, b, _ in runs] == list(zip(cuts, cuts[1:]))
    for a, _, style in runs:
        over = [s for x, y, s in layers if x <= a < y]
        assert style == (Style.combine([painter.look.text, *over]).rich_style or RichStyle())
    for start, end in wrap(TEXT, width, measure(TEXT)):  # each line's pieces: the runs it crosses
        pieces = [(p.text, p.style) for p in _line_segments(TEXT, runs, start, end, width, measure(TEXT))]
        expected = [(TEXT[max(a, start):min(b, end)], s) for a, b, s in runs if b > start and a < end]
        assert pieces[:len(expected)] == expected
        assert all(not text.strip() for text, _ in pieces[len(expected):])  # then only the padding
