"""The Facts view: who reports what, filtered, an outlet's omissions, and a jump to a fact."""

import html
import re

from tui.core.compare import compare
from tui.core.coverage import Coverage, by_support
from tui.core.model import Ref
from tui.screens.facts import FactsScreen
from tui.screens.help import HelpScreen
from tui.widgets.fact_table import FactTable

from ..core.corpus import FLOOD_STORY as STORY, articles_from

def rows(screen: FactsScreen) -> list[str]:
    table = screen.query_one(FactTable)
    return [table.row(i) for i in range(table.row_count)]


async def test_the_view_lists_the_sample_facts_most_reported_first(reader):
    async with reader(200, 50) as (pilot, screen):
        await pilot.press("f")
        await pilot.pause()
        facts = pilot.app.screen
        assert isinstance(facts, FactsScreen)
        c = screen.comparison
        expected = by_support(c.facts)
        assert [f.id for f in facts.shown] == [f.id for f in expected]
        coverage = Coverage(c)
        for row, fact in zip(rows(facts), expected):
            n = len(c.articles)
            assert row.startswith(f"{len(fact.articles):>3}/{n:<3} " + " ".join(coverage.marks(fact)))
        assert rows(facts)[0].startswith(f"  {len(c.articles)}/{len(c.articles)}")


async def test_typing_filters_and_escape_clears_then_closes(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.press("f", *"orrin")
        facts = pilot.app.screen
        assert [f.label for f in facts.shown] == ["Flooding closed the Orrin bridge on Friday, officials in Kelso said."]
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "x", "y", "z")
        assert facts.shown == []
        await pilot.press("escape")
        assert len(facts.shown) == len(screen.comparison.facts)
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_the_filter_finds_what_any_outlet_says_of_a_fact_not_only_its_label(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.press("f", *"closed by")  # in one outlet's words only, not in the label
        facts = pilot.app.screen
        assert [f.label for f in facts.shown] == ["Flooding closed the Orrin bridge on Friday, officials in Kelso said."]


async def test_tab_lists_what_an_outlet_leaves_out(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.press("f", "tab")
        facts = pilot.app.screen
        assert facts.outlet == 0 and facts.shown == []  # a0 leaves out nothing half the others report
        await pilot.press("tab", "tab", "tab")
        assert facts.outlet == 3
        assert sorted(f.label[:20] for f in facts.shown) == ["Flooding closed the ", "The storm left 40 ho"]
        assert "leaves out: 2 facts" in facts._title()
        await pilot.press("tab")
        assert facts.outlet is None and len(facts.shown) == len(screen.comparison.facts)


async def test_enter_goes_to_the_fact_in_the_columns(reader):
    async with reader(120, 36) as (pilot, screen):
        await pilot.press("f")
        facts = pilot.app.screen
        pivot = screen.comparison.articles[0].id
        # a fact the pivot tells some way down its column
        deep = next(f for f in facts.shown if f.places[0].article == pivot and f.places[0].paragraph > 8)
        facts.query_one(FactTable).highlighted = facts.shown.index(deep)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert [(h.article, h.paragraph, h.start) for h in screen.walk.places] == [
            (p.article, p.paragraph, p.start) for p in deep.places]
        assert f"place 1/{len(deep.places)}" in screen.status
        place = deep.places[0]
        column = screen.columns[0]
        line = column.line_of(Ref(place.article, place.paragraph))
        assert 0 < column.top <= line < column.top + 20
        assert len({c.top for c in screen.columns}) == 1  # aligned: the others follow


async def test_arrows_and_a_click_choose_a_row(reader):
    async with reader(120, 36) as (pilot, screen):
        await pilot.press("f", "down", "down", "up", "down")
        facts = pilot.app.screen
        table = facts.query_one(FactTable)
        assert table.highlighted == 2
        await pilot.press("end")
        assert table.highlighted == len(facts.shown) - 1 and table.scroll_offset.y > 0
        await pilot.press("home", "pagedown")
        assert table.highlighted == table.scrollable_content_region.height - 1
        await pilot.press("home")
        chosen = facts.shown[3]
        await pilot.click(FactTable, offset=(10, 3))
        await pilot.pause()
        assert pilot.app.screen is screen and screen.walk.name.startswith(chosen.id + " ")


async def test_a_row_chosen_before_a_filter_arrives_is_not_taken_from_the_filtered_rows(reader):
    async with reader(120, 36) as (pilot, screen):
        await pilot.press("f", "end")
        facts = pilot.app.screen
        table = facts.query_one(FactTable)
        table.action_choose()  # Enter on the last row, its message not handled yet
        facts.filter = "zzzz-no-such-fact"
        facts.refill()
        await pilot.pause()
        assert pilot.app.return_code is None and pilot.app.screen is facts and not facts.shown


async def test_80_columns_page_the_outlets_and_shorten_the_labels(reader):
    many = articles_from(*(STORY * 8))  # 32 outlets
    async with reader(80, 24, articles=many) as (pilot, screen):
        await pilot.press("f")
        facts = pilot.app.screen
        assert all(len(row) <= 78 for row in rows(facts)) and any(row.endswith("…") for row in rows(facts))
        shown = facts.outlets_fitting()
        assert shown < 32 and f"outlets 1–{shown} of 32" in str(facts.query_one("#facts-status").render())
        await pilot.press(*["greater_than_sign"] * (-(-32 // shown) - 1))  # to the last page
        assert f"outlets {32 - shown + 1}–32 of 32" in str(facts.query_one("#facts-status").render())


async def test_outlet_numbers_from_ten_up_stand_apart_each_over_its_column(reader):
    async with reader(120, 36, articles=articles_from(*(STORY * 3))) as (pilot, screen):  # 12 outlets
        await pilot.press("f")
        facts = pilot.app.screen
        numbers = str(facts.query_one("#facts-head").render()).splitlines()[1]
        assert " 9  10 11 12 " in numbers
        row = rows(facts)[0]
        for n in (1, 10, 12):  # each number begins where its outlet's mark is
            column = numbers.index(f" {n} ") + 1
            assert row[column] in "●·≠", (n, numbers, row)


async def test_the_view_is_built_behind_the_reader_when_the_analysis_arrives(reader):
    async with reader(120, 36) as (pilot, screen):
        await pilot.pause()
        view = pilot.app.get_screen("facts")
        assert pilot.app.screen is screen  # never shown
        assert view.is_running and view.comparison is screen.comparison
        assert view.shown == by_support(screen.comparison.facts)  # laid out: f only brings it up
        await pilot.press("f")
        assert pilot.app.screen is view


async def test_the_view_is_drawn_behind_the_reader_so_f_draws_no_row_anew(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.pause()
        view = pilot.app.get_screen("facts")
        table = view.query_one(FactTable)
        drawn = []
        table.render_line = lambda y, draw=table.render_line: drawn.append(y) or draw(y)
        await pilot.press("f")
        await pilot.pause()
        assert pilot.app.screen is view and table.row_count and drawn == []
        await pilot.press("escape")
        drawn.clear()
        screen.set_comparison(compare(articles_from(*STORY[1:])), analysed=True)  # a new analysis, closed
        for _ in range(50):  # its rows are drawn behind the reader, when it is idle
            if drawn:
                break
            await pilot.pause()
        assert pilot.app.screen is screen and drawn
        drawn.clear()
        await pilot.press("f")
        await pilot.pause()
        assert view.comparison is screen.comparison and drawn == []


async def test_a_new_analysis_reaches_the_view_open_or_not(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.press("f", *"kelso")
        facts = pilot.app.screen
        three = compare(articles_from(*STORY[1:]))  # another analysis: three outlets
        screen.set_comparison(three, analysed=True)
        await pilot.pause()
        assert facts.comparison is three and facts.filter == "kelso"
        assert facts.shown == [f for f in by_support(three.facts) if "kelso" in f.label.casefold()]
        assert rows(facts) and all(row.startswith(f"{len(f.articles):>3}/3  ") for row, f in zip(rows(facts), facts.shown))
        await pilot.press("enter")  # goes to the fact as the new analysis places it
        assert [(h.article, h.paragraph, h.start) for h in screen.walk.places] == [
            (p.article, p.paragraph, p.start) for p in facts.shown[0].places]
        screen.set_comparison(compare(articles_from(*STORY)), analysed=True)  # while it is closed
        await pilot.press("f")
        assert pilot.app.screen is facts and facts.comparison is screen.comparison
        assert all(row[3:6] == "/4 " for row in rows(facts))


async def test_another_mode_or_pivot_leaves_the_facts_as_they_are(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.press("f")
        before = rows(pilot.app.screen)
        await pilot.press("escape", "m", "l", "p")  # reading mode, the second column the pivot
        await pilot.pause()
        assert screen.mode == "reading" and screen.pivot == screen.comparison.articles[1].id
        await pilot.press("f")
        assert pilot.app.screen.comparison is screen.comparison and rows(pilot.app.screen) == before


async def test_a_correction_to_the_names_reaches_the_view(reader):
    async with reader(120, 36, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.pause()
        before = screen.comparison
        names = [e.name for e in before.entities]
        pilot.app.correct_entities(merge=(names[0], names[1]))
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.comparison is not before
        assert pilot.app.get_screen("facts").comparison is screen.comparison


async def test_without_colour_the_glyphs_and_a_bold_row_carry_the_meaning(reader, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    async with reader(120, 30, articles=articles_from(*STORY)) as (pilot, screen):
        await pilot.press("f", "down")
        await pilot.pause()
        svg = pilot.app.export_screenshot()
        styles = dict(re.findall(r"\.(terminal-[\w-]+-r\d+) \{ ([^}]*) \}", svg))
        drawn = {html.unescape(text).replace("\xa0", " ").rstrip(): styles.get(style, "")
                 for style, text in re.findall(r'<text class="([^"]*)"[^>]*>(.*?)</text>', svg)}
        first, second = rows(pilot.app.screen)[:2]
        assert set(first[8:15]) <= set("●·≠ ") and first[8] in "●·≠"
        assert "bold" in drawn[second.rstrip()] and "bold" not in drawn[first.rstrip()]  # the highlighted row


async def test_the_facts_key_is_in_the_help_and_the_palette(reader):
    async with reader(120, 36) as (pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        text = str(help_screen.query_one("#help-body").query_one("Static").render())
        assert "[facts]" in text
        from tui.commands import ParallaxCommands

        names = [name for name, _, _ in ParallaxCommands(pilot.app.screen)._commands()]
        assert "Facts" in names
