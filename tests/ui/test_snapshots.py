"""SVG snapshots of the sample corpus; `pytest --snapshot-update` accepts a deliberate change."""

import pytest

from .conftest import wait_for_analysis


@pytest.fixture
def sample_app(sample_articles):
    from tui.app import ParallaxApp

    from tui.core.session import MemorySession

    return lambda: ParallaxApp(MemorySession(sample_articles, corpus="sample_corpus"))


@pytest.mark.parametrize(
    "size, press",
    [
        ((80, 24), ()),
        ((160, 48), ()),
        ((80, 24), ("m", "j", "j")),
        ((160, 48), ("m",)),
        ((160, 48), ("right_square_bracket",)),
        ((80, 24), ("question_mark",)),
    ],
    ids=["aligned-80x24", "aligned-160x48", "reading-80x24", "reading-160x48", "divergence-160x48", "help-80x24"],
)
def test_snapshot(snap_compare, sample_app, size, press):
    async def ready(pilot):
        await wait_for_analysis(pilot)
        await pilot.press(*press)
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=size, run_before=ready)
