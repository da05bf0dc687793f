"""What the first frame does not need is neither imported nor mounted before it."""

import subprocess
import sys

from textual.widgets import Input

# Imported when the articles arrive (painting, layout) or when a corpus is read and analysed
# (in the worker, after the first frame).
NOT_AT_START = (
    "tui.widgets.paragraph_lines", "tui.widgets.column_fill", "tui.core.marks", "tui.widgets.wrapping",
    "tui.core.compare", "tui.core.ingest", "rapidfuzz", "markdown_it", "snowballstemmer", "charset_normalizer",
)


def test_the_reader_starts_without_what_its_first_frame_does_not_need():
    code = (
        "import sys\nimport tui.cli, tui.app\n"
        "from tui.core.session import MemorySession\n"
        "app = tui.app.ParallaxApp(MemorySession([], corpus='x'))\n"
        f"early = [m for m in {NOT_AT_START!r} if m in sys.modules]\n"
        "assert not early, early\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


async def test_the_search_box_is_made_at_the_first_slash(reader):
    async with reader(80, 24) as (pilot, screen):
        assert not screen.query("#search")
        await pilot.press("slash")
        box = screen.query_one("#search", Input)
        assert box.display and box.has_focus
        await pilot.press("escape", "slash")
        assert len(screen.query("#search")) == 1 and box.has_focus  # the same box, shown again
