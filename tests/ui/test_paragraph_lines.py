"""The gutter of a paragraph's lines: each line shows the strongest mark of the sentences
that start on it."""

from textual.style import Style

from tests.core.corpus import articles_from
from tui.core.compare import compare
from tui.core.marks import strongest
from tui.core.model import Ref
from tui.widgets.paragraph_lines import Look, Painter

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
