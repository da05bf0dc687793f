"""The key bar: the screen's keys on one line, the palette's on the right, a click presses one."""

from tui.widgets.key_bar import KeyBar


async def test_the_key_bar_lists_what_the_keys_do_and_a_click_presses_one(reader):
    async with reader(120, 36) as (pilot, screen):
        bar = screen.query_one(KeyBar)
        text = bar.render().plain
        assert text.startswith(" p Pivot  m Mode ") and " e Names " in text and text.endswith(" ^p palette ")
        assert len(text) == 120  # the palette's key is pushed to the right edge
        wanted = screen.sidebar.display
        await pilot.click(KeyBar, offset=(text.index(" e Names") + 1, 0))
        assert screen.sidebar.display is not wanted and screen.sidebar_wanted is not wanted


async def test_in_a_narrow_terminal_whole_hints_are_left_out_and_the_palette_stays(reader):
    async with reader(40, 12) as (pilot, screen):
        text = screen.query_one(KeyBar).render().plain
        assert text.startswith(" p Pivot ") and text.endswith(" ^p palette ") and len(text) == 40
        assert "Quit" not in text  # no hint cut in half


async def test_keys_that_do_nothing_yet_are_dimmed(sample_articles):
    from tui.app import ParallaxApp
    from tui.core.session import MemorySession

    app = ParallaxApp(MemorySession(sample_articles, corpus="sample_corpus"))
    async with app.run_test(size=(120, 36)):
        bar = app.comparison_screen.query_one(KeyBar)
        app.comparison_screen.view.columns = []  # as before the articles arrive
        app.comparison_screen.refresh_bindings()
        shown, _ = bar.hints()
        assert not next(h for h in shown if h.description == "Pivot").enabled
        assert next(h for h in shown if h.description == "Quit").enabled


async def test_an_action_bound_to_two_keys_shows_once(sample_articles):
    from tui.app import ParallaxApp
    from tui.core.session import MemorySession

    app = ParallaxApp(MemorySession(sample_articles, corpus="sample_corpus"))
    app.set_keymap({"pivot": "P,o"})
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        shown, _ = app.comparison_screen.query_one(KeyBar).hints()
        assert [h.label for h in shown if h.description == "Pivot"] == ["P"]
