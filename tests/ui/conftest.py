import os
from contextlib import asynccontextmanager

import pytest

os.environ["TEXTUAL_ANIMATIONS"] = "none"


async def wait_for_analysis(pilot) -> None:
    """The analysis runs in a worker; wait until the screen shows its result."""
    app = pilot.app
    await app.workers.wait_for_complete()
    for _ in range(100):
        await pilot.pause()
        if app.comparison_screen.analysed and app.comparison_screen.columns and app.comparison_screen.columns[0].line_refs:
            return
    raise AssertionError("the analysis never arrived")


@pytest.fixture
def reader(sample_articles):
    """async with reader(width, height) as (pilot, screen): the sample corpus, analysed."""
    from tui.app import ParallaxApp

    @asynccontextmanager
    async def run(width=120, height=36, articles=None):
        from tui.core.session import MemorySession

        app = ParallaxApp(MemorySession(articles or sample_articles, corpus="sample_corpus"))
        async with app.run_test(size=(width, height)) as pilot:
            await wait_for_analysis(pilot)
            yield pilot, app.comparison_screen

    return run
