"""The reader puts you back where you were."""

from tui.core.session import Session
from tui.core.store import Places

from ..conftest import SAMPLE
from .conftest import wait_for_analysis


async def test_state_is_restored_after_a_restart(tmp_path):
    from tui.app import ParallaxApp

    places = Places(tmp_path / "config.toml", tmp_path / "state.sqlite3", tmp_path / "cache.sqlite3")
    files = sorted(SAMPLE.glob("*.txt"))
    app = ParallaxApp(Session(files, places))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_analysis(pilot)
        await pilot.press("l", "p")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("m", "j", "j", "j", "z")
        await pilot.pause()
        screen = app.comparison_screen
        before = (screen.pivot, screen.mode, screen.show_boilerplate, screen.columns[0].top_ref())
        await pilot.press("q")
    again = ParallaxApp(Session(files, places))
    async with again.run_test(size=(120, 36)) as pilot:
        await wait_for_analysis(pilot)
        screen = again.comparison_screen
        assert (screen.pivot, screen.mode, screen.show_boilerplate, screen.columns[0].top_ref()) == before
        assert "analysed" in screen.status


async def test_theme_from_the_command_line_is_remembered(tmp_path):
    from tui.app import ParallaxApp

    places = Places(tmp_path / "config.toml", tmp_path / "state.sqlite3", tmp_path / "cache.sqlite3")
    app = ParallaxApp(Session(sorted(SAMPLE.glob("*.txt")), places), theme="nord")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "nord"
    assert 'theme = "nord"' in places.config.read_text()
