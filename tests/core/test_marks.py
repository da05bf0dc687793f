from tui.core.marks import sentence_marks
from tui.core.model import Paragraph, Sentence, Span

TEXT = "The dam held. Only here it rained. Two counts differ. A sentence with no span."
SENTENCES = (Sentence(0, 13), Sentence(14, 34), Sentence(35, 53), Sentence(54, 79))


def span(start: int, end: int, status: str, sources: tuple[str, ...]) -> Span:
    return Span("a", 0, start, end, status, sources)


def test_each_sentence_is_marked_by_the_spans_inside_it_in_whatever_order_they_come():
    spans = [
        span(40, 53, "conflict", ("a", "b")),
        span(0, 8, "shared", ("a", "b", "c")),
        span(14, 34, "unique", ("a",)),
        span(35, 40, "shared", ("a", "b", "c")),
        span(8, 13, "unique", ("a",)),
    ]
    marks = sentence_marks(Paragraph(0, TEXT, sentences=SENTENCES), spans, 3)
    assert [(m.start, m.label) for m in marks] == [(0, "="), (14, "+"), (35, "≠2"), (54, "")]
