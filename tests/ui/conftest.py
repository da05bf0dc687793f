import os
import time
from contextlib import asynccontextmanager

import pytest

os.environ["TEXTUAL_ANIMATIONS"] = "none"


async def wait_for_analysis(pilot) -> None:
    """The analysis runs in a worker; wait until the screen shows its result."""
    app = pilot.app
    deadline = time.monotonic() + ANALYSIS_SECONDS  # by the clock: a loaded machine is slow, not wrong
    while time.monotonic() < deadline:
        await pilot.pause(0.05)
        if app.comparison_screen.analysed and app.comparison_screen.columns and app.comparison_screen.columns[0].line_refs:
            return
    raise AssertionError("the analysis never arrived")


ANALYSIS_SECONDS = 60


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
