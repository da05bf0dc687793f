"""Rough edges a reader meets in the first minute."""

from textual.widgets import OptionList

from tui.screens.help import HelpScreen


async def test_help_scrolls_with_the_reading_keys(reader):
    async with reader(80, 24) as (pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        body = pilot.app.screen.query_one("#help-body")
        await pilot.press("j")
        assert body.scroll_y == 1
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y > 1
        await pilot.press("g")
        assert body.scroll_y == 0 and isinstance(pilot.app.screen, HelpScreen)


async def test_every_help_line_fits_at_80_columns_and_the_key_columns_line_up(reader):
    async with reader(80, 24) as (pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        text = pilot.app.screen.query_one("#help-body Static")
        lines = str(text.render()).splitlines()
        assert max(map(len, lines)) <= text.content_region.width
        ids = {line.rindex("[") for line in lines if line.rstrip().endswith("]") and line.startswith("  ")}
        assert len(ids) == 1, "the binding ids start in one column"


async def test_the_palette_shows_keys_as_they_are_typed(reader):
    from tui.commands import ParallaxCommands

    async with reader(80, 24) as (pilot, screen):
        provider = ParallaxCommands(pilot.app.screen)
        helps = {name: help_text for name, _, help_text in provider._commands()}
        assert helps["Divergence"] == "key ]" and helps["Undo the last merge or split"] == "key u"


async def test_the_column_picker_filters_as_you_type_and_shows_whole_titles(reader):
    async with reader(120, 36) as (pilot, screen):
        last = screen.comparison.articles[-1]
        await pilot.press("c")
        await pilot.pause()
        picker = pilot.app.screen.query_one("#picker", OptionList)
        shown = [str(picker.get_option_at_index(i).prompt) for i in range(picker.option_count)]
        assert any(last.title in line for line in shown)
        await pilot.press(*last.title[:25].casefold())
        await pilot.pause()
        assert picker.option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert screen._focused_column().article_id == last.id
        assert screen.status.startswith(f"column {screen.view.focus_slot + 1}:")


async def test_a_number_key_past_the_columns_says_so(reader):
    async with reader(80, 24) as (pilot, screen):
        await pilot.press("5")
        assert "2 columns shown" in screen.status and screen.view.focus_slot == 0


async def test_y_copies_the_focused_paragraph_with_outlet_and_title(reader):
    async with reader(120, 36) as (pilot, screen):
        copied = []
        pilot.app.copy_to_clipboard = copied.append
        await pilot.press("l", "j", "j", "y")
        ref = screen._focused_column().top_ref()
        article = screen.comparison.article(ref.article)
        assert copied and article.paragraphs[ref.paragraph].text in copied[0]
        assert copied[0].startswith(article.label) and article.title in copied[0].splitlines()[0]


async def test_a_long_status_wraps_to_a_second_line(reader):
    async with reader(80, 24) as (pilot, screen):
        await pilot.press("right_square_bracket")
        await pilot.pause()
        status = pilot.app.screen.query_one("#status")
        assert len(screen.status) > 78 and status.size.height == 2
        await pilot.press("j")
        await pilot.pause()
        screen.say("short")
        await pilot.pause()
        assert status.size.height == 1


async def test_a_long_search_runs_behind_the_keys_and_esc_calls_it_off(reader, monkeypatch):
    import threading

    from tui.screens import comparison

    started = threading.Event()

    def slow(comparison, query, stop):
        started.set()
        while not stop():  # as long as a 20 MB article takes
            threading.Event().wait(0.01)
        return [], False

    monkeypatch.setattr(comparison, "find_hits", slow)
    async with reader(80, 24) as (pilot, screen):
        top = screen.columns[0].top
        await pilot.press("slash", *"harbour", "enter")
        assert started.wait(5) and "searching" in screen.status
        await pilot.press("j")  # the keys stay live
        assert screen.columns[0].top > top
        await pilot.press("escape")
        await pilot.app.workers.wait_for_complete()
        assert screen.status == "search cancelled" and screen.walk is None


async def test_the_search_box_takes_no_more_than_a_sensible_query(reader):
    from tui.core.reader_state import MAX_SEARCH

    async with reader(80, 24) as (pilot, screen):
        await pilot.press("slash")
        box = pilot.app.screen.query_one("#search")
        box.insert_text_at_cursor("x" * 10_000)  # a paste of a page: refused whole
        box.insert_text_at_cursor("harbour")
        assert box.value == "harbour" and box.max_length == MAX_SEARCH


async def test_opening_many_articles_shows_how_far_the_reading_is(tmp_path, monkeypatch):
    import sys

    from tui.app import ParallaxApp
    from tui.core.session import Session
    from tui.core.store import Places

    from ..conftest import ROOT
    from .conftest import wait_for_analysis

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_corpus import generate

    files = generate(tmp_path / "corpus", articles=40, paragraphs=4, seed=2)
    places = Places(tmp_path / "config.toml", tmp_path / "state.sqlite3", tmp_path / "cache.sqlite3")
    app = ParallaxApp(Session(files, places))
    said = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.comparison_screen
        say = screen.say
        monkeypatch.setattr(screen, "say", lambda text: (said.append(text), say(text)))
        await wait_for_analysis(pilot)
    reading = [s for s in said if s.startswith("reading ") and s.endswith("/40…")]
    assert reading and reading[0] == "reading 0/40…"
    assert any(s.startswith("analysing 40 articles…") for s in said)
