"""`m` and `z` with a big article: the layout is made in a worker, the keys stay live, `esc`
calls it off and leaves the view as it was, and keys that ask again add up."""

import random
import threading
import time
from contextlib import asynccontextmanager

import pytest

from tui.screens import comparison
from tui.widgets.column_fill import LayoutPlan

WORDS = "ferry council vote harbour members strike offer union wages talks night workers mayor port".split()


@pytest.fixture
def big_reader(tmp_path, sample_articles):
    """async with big_reader() as (pilot, screen): a long article as the pivot beside the sample,
    shown as read (its analysis is held back until the test ends: only the layout is tested)."""
    from tui.app import ParallaxApp
    from tui.core.ingest import load_corpus
    from tui.core.model import Comparison
    from tui.core.session import MemorySession

    rng = random.Random(5)
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + "." for _ in range(1_500)]
    path = tmp_path / "long.txt"
    path.write_text("A long report\n\n" + "\n\n".join(paragraphs) + "\n")
    (long_article,), _ = load_corpus([path])
    ended = threading.Event()

    class HeldBack(MemorySession):
        def analyse(self, articles, corrections):
            ended.wait()
            return Comparison(articles=tuple(articles))

    @asynccontextmanager
    async def run():
        app = ParallaxApp(HeldBack([long_article, *sample_articles], corpus="long"))
        try:
            async with app.run_test(size=(120, 36)) as pilot:
                screen = app.comparison_screen
                while not screen.columns:
                    await pilot.pause(0.05)
                assert LayoutPlan.wraps_more_than(screen._plan("reading", False), comparison.LAYOUT_IN_BACKGROUND)
                yield pilot, screen
        finally:
            ended.set()

    return run


async def laid_out(pilot) -> None:
    """Wait for the layouts in workers, by the clock (the analysis worker is held back)."""
    deadline = time.monotonic() + 30
    while any(w.group == "layout" and w.is_running for w in pilot.app.screen.workers):
        assert time.monotonic() < deadline, "the layout never ended"
        await pilot.pause(0.02)
    await pilot.pause()


@pytest.fixture
def gate(monkeypatch):
    """Layouts made in a worker wait until the gate opens (or until they are called off)."""
    opened = threading.Event()
    made = LayoutPlan.columns

    def gated(plan, stop=lambda: False, big=False):
        if threading.current_thread() is not threading.main_thread():
            while not opened.is_set() and not stop():
                opened.wait(0.01)
        return made(plan, stop, big)

    monkeypatch.setattr(LayoutPlan, "columns", gated)
    return opened


async def test_keys_are_handled_while_m_lays_out_and_it_ends_in_reading_mode(big_reader, gate):
    async with big_reader() as (pilot, screen):
        await pilot.press("m")
        assert screen.mode == "aligned" and screen.status.startswith("laying out: reading mode")
        top = screen.columns[0].top
        await pilot.press("j", "j")  # before the layout ends
        assert screen.columns[0].top > top
        ref = screen.columns[0].top_ref()
        gate.set()
        await laid_out(pilot)
        assert screen.mode == "reading" and screen.status == "reading mode"
        assert screen.columns[0].top_ref() == ref  # where the j's took the reader


async def test_esc_calls_the_layout_off_and_the_view_stays_as_it_was(big_reader, gate):
    async with big_reader() as (pilot, screen):
        columns = screen.columns
        await pilot.press("z")
        assert "laying out: furniture shown" in screen.status
        await pilot.press("escape")
        await laid_out(pilot)
        assert not screen.show_boilerplate and screen.columns is columns
        assert screen.status == "layout cancelled: still aligned mode, furniture folded"
        gate.set()
        await pilot.press("m")  # and the next switch still works
        await laid_out(pilot)
        assert screen.mode == "reading" and not screen.show_boilerplate


async def test_m_again_while_it_lays_out_calls_it_off(big_reader, gate):
    async with big_reader() as (pilot, screen):
        columns = screen.columns
        await pilot.press("m", "m")
        assert screen._switching is None and screen.status == "aligned mode, furniture folded"
        gate.set()
        await laid_out(pilot)
        assert screen.mode == "aligned" and screen.columns is columns


async def test_m_then_z_while_it_lays_out_gives_both(big_reader, gate):
    async with big_reader() as (pilot, screen):
        await pilot.press("m", "z")
        assert screen.status.startswith("laying out: reading mode, furniture shown")
        gate.set()
        await laid_out(pilot)
        assert (screen.mode, screen.show_boilerplate) == ("reading", True)
        assert all(c.lines for c in screen.columns)


async def test_a_page_of_columns_while_it_lays_out_is_kept_and_laid_out_in_the_worker(big_reader, gate):
    async with big_reader() as (pilot, screen):
        columns = screen.columns
        await pilot.press("m", "greater_than_sign")
        wanted = screen.visible_articles()
        assert screen.columns is columns and screen._switching  # nothing laid out on the main thread
        gate.set()
        await laid_out(pilot)
        assert screen.mode == "reading" and [c.article_id for c in screen.columns] == wanted


async def test_the_big_layout_ends_as_a_synchronous_one_would(big_reader, monkeypatch):
    async with big_reader() as (pilot, screen):
        said, say = [], screen.say
        monkeypatch.setattr(screen, "say", lambda text: (said.append(text), say(text)))
        await pilot.press("m")
        await laid_out(pilot)
        assert said == ["laying out: reading mode… (esc cancels)", "reading mode"] and screen.mode == "reading"
        expected = screen._plan("reading", False).columns()
        assert [c.line_refs for c in screen.columns] == [c.line_refs for c in expected]
