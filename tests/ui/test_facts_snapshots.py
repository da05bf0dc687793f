"""SVG snapshots of the Facts view on the sample corpus; `pytest --snapshot-update` accepts a
deliberate change."""

import pytest

from .conftest import wait_for_analysis


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["facts-80x24", "facts-160x48"])
def test_facts_snapshot(snap_compare, sample_articles, size):
    from tui.app import ParallaxApp
    from tui.core.session import MemorySession

    async def ready(pilot):
        await wait_for_analysis(pilot)
        await pilot.press("f")
        await pilot.pause()

    app = ParallaxApp(MemorySession(sample_articles, corpus="sample_corpus"))
    assert snap_compare(app, terminal_size=size, run_before=ready)
