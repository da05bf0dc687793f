"""A hostile saved web page on the reader's screen: its text as characters, nothing else."""

from tests.core.test_webpage import HOSTILE
from tui.core.ingest import read_articles


async def test_a_hostile_page_reaches_the_screen_as_plain_text(reader, tmp_path):
    (tmp_path / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "other.txt").write_text("Eastmere council votes on its harbour wall\n\nThe council of Eastmere "
                                        "voted on Tuesday to rebuild the harbour wall after a long debate.\n")
    articles, problems = read_articles(sorted(tmp_path.iterdir()))
    assert not problems
    async with reader(160, 40, articles=articles) as (pilot, screen):
        text = "".join(segment.text for line in screen.columns[0].lines for segment in line)
        for piece in ("Council [bold]votes[/] on", "[bold]x[/]", "[/foo]", "[link=file:///etc/passwd]y[/link]", "<b>literal"):
            assert piece in text
        assert not any(word in text for word in ("alert", "javascript", "Frame text", "\x1b"))
