"""Keys that once ended the reader with a traceback: they now act, wait or do nothing."""

import threading

from textual.widgets import Input

from tui.core.model import Ref
from tui.screens.too_small import TooSmall

from .test_sidebar import focus_filter


async def test_movement_keys_before_the_articles_arrive_do_nothing(sample_articles):
    from tui.app import ParallaxApp
    from tui.core.session import MemorySession

    arrive = threading.Event()

    class Slow(MemorySession):
        def read(self, progress=None):
            arrive.wait(10)
            return super().read(progress)

    app = ParallaxApp(Slow(sample_articles, corpus="sample_corpus"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.comparison_screen
        await pilot.press("j", "G", "space", "l", "p", "]", "}", ">", "c", "n", "3")
        assert not screen.columns and app.return_code is None
        arrive.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.columns and screen.view.focus_slot == 0


async def test_a_terminal_too_small_is_covered_and_uncovered(reader):
    async with reader(80, 24) as (pilot, screen):
        await pilot.press("c")  # a picker open as the terminal shrinks
        await pilot.resize_terminal(3, 3)
        await pilot.pause()
        assert isinstance(pilot.app.screen, TooSmall)
        await pilot.press("pageup", "j", "enter", "ctrl+p", "question_mark")
        assert isinstance(pilot.app.screen, TooSmall)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not isinstance(pilot.app.screen, TooSmall)
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_the_too_small_note_wraps_between_words(reader):
    from textual.geometry import Region
    from textual.widgets import Static

    async with reader(80, 24) as (pilot, screen):
        await pilot.resize_terminal(19, 8)
        await pilot.pause()
        note = pilot.app.screen.query_one(Static)
        lines = [strip.text.rstrip() for strip in note.render_lines(Region(0, 0, *note.size))]
        assert lines[:3] == ["enlarge the", "terminal (at least", "20×8) · q quits"]


async def test_a_names_filter_that_looks_like_markup_is_shown_as_typed(reader):
    async with reader(160, 40) as (pilot, screen):
        await focus_filter(pilot, screen)
        await pilot.press(*"[/x]")
        await pilot.pause()
        assert screen.sidebar.query_one(Input).value == "[/x]"
        assert "[/x]" in str(screen.sidebar.query_one("#entity-list").border_title)


BURST_KEYS = [*"jkgGhlpmzecnNMSbuyx123456789aZ", "slash", "question_mark", "less_than_sign", "greater_than_sign",
              "right_square_bracket", "left_square_bracket", "space", "tab", "escape", "enter", "up", "down",
              "pageup", "pagedown", "home", "end", "backspace", "ctrl+p"]


async def test_a_burst_of_random_keys_faster_than_the_screen_redraws(reader):
    """Keys queued faster than they are handled, as from fast typing: the palette opened and
    closed, commands chosen twice, pages turned in lists not laid out yet."""
    import asyncio
    import random

    from textual import events

    rng = random.Random(7)
    async with reader(120, 36) as (pilot, screen):
        app = pilot.app
        for n in range(800):
            key = rng.choice(BURST_KEYS)
            app.post_message(events.Key(key, " " if key == "space" else key if len(key) == 1 else None))
            if n % 100 == 99:
                await asyncio.sleep(0.2)
        await pilot.pause(0.5)
        assert app.return_code is None and screen in app.screen_stack



async def test_a_palette_that_lost_its_list_gathers_no_commands(reader):
    """A palette opened and closed by keys faster than it mounts starts gathering its commands
    after its list is gone (2,000 random keys met it): it gathers nothing, and nothing fails."""
    from textual.command import CommandList

    async with reader(120, 36) as (pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = pilot.app.screen
        await palette.query_one(CommandList).remove()
        palette._gather_commands("undo")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.return_code is None and palette.is_attached


async def test_the_theme_picker_closed_twice_leaves_the_reader(reader):
    """Textual's theme picker (a command of the palette) is our guarded palette: closed twice
    by fast keys, the second close does not take the reader with it."""
    from tui.widgets.palette import Palette

    async with reader(120, 36) as (pilot, screen):
        pilot.app.search_themes()
        await pilot.pause()
        picker = pilot.app.screen
        assert isinstance(picker, Palette)
        picker.dismiss()
        picker.dismiss()
        await pilot.pause()
        assert pilot.app.screen is screen and pilot.app.return_code is None


async def test_page_keys_before_a_list_is_laid_out_do_nothing():
    """A list not laid out yet (just shown, or hidden) with page keys typed ahead: Textual's
    own OptionList looks up a line that does not exist (a KeyError met by 2,000 random keys)."""
    from textual.app import App

    from tui.widgets.options import Options

    class One(App):
        def compose(self):
            listing = Options("a", "b", "c", id="names")
            listing.display = False
            yield listing

    app = One()
    async with app.run_test() as pilot:
        listing = app.query_one(Options)
        listing.highlighted = 1
        listing.action_page_down()
        listing.action_page_up()
        listing.display = True
        await pilot.pause()
        listing.action_page_down()
        assert listing.highlighted == 2


async def test_a_painter_let_go_is_freed_even_out_of_the_collectors_sight(reader):
    """A big layout freezes what is alive (gc.freeze); a painter replaced after a correction
    or a new theme must still be freed, with its cached lines and its Comparison."""
    import gc
    import weakref

    from tui.widgets.paragraph_lines import Painter

    async with reader(120, 36) as (pilot, screen):
        painter = Painter(screen.comparison, screen.view.look())
        first = screen.comparison.articles[0]
        painter.lines(Ref(first.id, 0), 40)
        painter.blank(40)
        gone = weakref.ref(painter)
        gc.freeze()
        try:
            del painter
            assert gone() is None
        finally:
            gc.unfreeze()
