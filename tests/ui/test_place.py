"""The reader never loses your place: restart, hang-up, z z, e e, resizes."""

import os
import signal

from tui.core.session import Session
from tui.core.store import Places

from ..conftest import SAMPLE
from .conftest import wait_for_analysis


def view_of(screen):
    """What the columns show: each column's article and top line, and the focused one."""
    return [(c.article_id, c.top) for c in screen.columns], screen.view.focus_slot


async def reopened(places, size=(120, 36)):
    from tui.app import ParallaxApp

    app = ParallaxApp(Session(sorted(SAMPLE.glob("*.txt")), places))
    async with app.run_test(size=size) as pilot:
        await wait_for_analysis(pilot)
        return view_of(app.comparison_screen)


def places_in(tmp_path):
    return Places(tmp_path / "config.toml", tmp_path / "state.sqlite3", tmp_path / "cache.sqlite3")


async def test_a_restart_puts_every_column_back_on_the_same_line(tmp_path):
    from tui.app import ParallaxApp

    places = places_in(tmp_path)
    for mode_keys in ((), ("m",)):
        app = ParallaxApp(Session(sorted(SAMPLE.glob("*.txt")), places))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for_analysis(pilot)
            await pilot.press(*mode_keys, *"jjjjjj", "l", "j", "space")
            await pilot.pause()
            before = view_of(app.comparison_screen)
            await pilot.press("q")
        assert await reopened(places) == before


async def test_a_hang_up_saves_the_place(tmp_path):
    from tui.app import ParallaxApp

    places = places_in(tmp_path)
    app = ParallaxApp(Session(sorted(SAMPLE.glob("*.txt")), places))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press(*"jjjj", "l", "j")
        before = view_of(app.comparison_screen)
        os.kill(os.getpid(), signal.SIGHUP)
        await pilot.pause(0.2)
    assert app.return_code == 0
    assert await reopened(places) == before


async def test_furniture_and_sidebar_toggled_twice_do_not_move_the_view(reader):
    async with reader(160, 40) as (pilot, screen):
        for mode in ("aligned", "reading"):
            if screen.mode != mode:
                await pilot.press("m")
            await pilot.press(*"jjjjj", "l", "jj")
            before = view_of(screen)
            for keys in ("zz", "ee"):
                await pilot.press(*keys)
                await pilot.pause()
                assert view_of(screen) == before, keys


async def test_a_resize_and_back_does_not_move_the_view_even_near_the_end(reader):
    async with reader(120, 36) as (pilot, screen):
        for keys in ("jjjjjjj", "G"):
            await pilot.press(*keys)
            before = view_of(screen)
            for size in ((200, 50), (90, 20), (120, 36)):
                await pilot.resize_terminal(*size)
                await pilot.pause()
            assert view_of(screen) == before, keys


async def test_the_sidebar_hides_when_narrow_and_comes_back_when_wide(reader):
    async with reader(160, 40) as (pilot, screen):
        await pilot.press("e")
        await pilot.pause()
        assert not screen.sidebar.display
        await pilot.press("e")
        await pilot.pause()
        assert screen.sidebar.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not screen.sidebar.display and screen.snapshot().sidebar is True
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert screen.sidebar.display
