"""The reader puts you back where you were."""

from tui.core.session import Session
from tui.core.store import Places
from tui.widgets.columns_view import ColumnsView

from ..conftest import SAMPLE
from .conftest import wait_for_analysis


def places_in(tmp_path) -> Places:
    return Places(tmp_path / "config.toml", tmp_path / "state.sqlite3", tmp_path / "cache.sqlite3")


async def pivot_on_the_second_article(pilot) -> None:
    await wait_for_analysis(pilot)
    await pilot.press("l", "p")
    await pilot.app.workers.wait_for_complete()


async def test_state_is_restored_after_a_restart(tmp_path):
    from tui.app import ParallaxApp

    places = places_in(tmp_path)
    files = sorted(SAMPLE.glob("*.txt"))
    app = ParallaxApp(Session(files, places))
    async with app.run_test(size=(120, 36)) as pilot:
        await pivot_on_the_second_article(pilot)
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


async def test_a_corpus_opened_early_is_on_the_screen_as_it_mounts(tmp_path, monkeypatch):
    """The command reads the remembered reading and the cached analysis while Textual loads:
    the screen takes them as it mounts, where the reader left them, with no worker to wait for."""
    from tui.app import ParallaxApp

    places = places_in(tmp_path)
    files = sorted(SAMPLE.glob("*.txt"))
    app = ParallaxApp(Session(files, places))
    async with app.run_test(size=(120, 36)) as pilot:
        await pivot_on_the_second_article(pilot)
        pivot = app.comparison_screen.pivot
        await pilot.press("q")
    session = Session(files, places)
    session.open_early()
    session.opened()  # done before the app starts, as Textual's import gives it time to be
    again = ParallaxApp(session)
    laid_out = []
    set_columns = ColumnsView.set_columns
    monkeypatch.setattr(ColumnsView, "set_columns", lambda view, columns: (laid_out.append(columns),
                                                                            set_columns(view, columns)))
    async with again.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = again.comparison_screen
        assert screen.analysed and screen.pivot == pivot
        assert not again.workers  # nothing was read or analysed
        assert len(laid_out) == 1 and laid_out[0][0].article_id == pivot  # once, as first drawn


async def test_theme_from_the_command_line_is_remembered(tmp_path):
    from tui.app import ParallaxApp

    places = places_in(tmp_path)
    app = ParallaxApp(Session(sorted(SAMPLE.glob("*.txt")), places), theme="nord")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "nord"
    assert 'theme = "nord"' in places.config.read_text()
