"""The reader's keys, asserted on the screen's state."""

import time

from tui.core.model import Ref
from tui.screens.help import HelpScreen

from ..core.corpus import articles_from
from .conftest import ANALYSIS_SECONDS, wait_for_analysis


def tops(screen):
    return [c.top for c in screen.columns]


async def test_first_frame_shows_articles_before_the_analysis(sample_articles):
    from tui.app import ParallaxApp

    from tui.core.session import MemorySession

    app = ParallaxApp(MemorySession(sample_articles, corpus="sample_corpus"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.comparison_screen
        assert not screen.analysed and screen.status.startswith(("reading", "analysing"))  # the first frame waits for nothing
        await wait_for_analysis(pilot)
        assert [c.article_id for c in screen.columns] == [a.id for a in sample_articles[:2]]


async def test_nothing_readable_exits_with_status_2(tmp_path):
    from tui.app import ParallaxApp
    from tui.core.discover import Problem

    from tui.core.session import MemorySession

    problem = Problem(str(tmp_path / "a.txt"), "empty file")
    app = ParallaxApp(MemorySession([], corpus="x", problems=[problem]))
    async with app.run_test() as pilot:
        for _ in range(100):
            await pilot.pause(0.01)
            if app.return_code is not None:
                break
    assert app.return_code == 2 and app.unreadable == [problem]


async def test_rows_pages_and_edges_move_every_column_together(reader):
    async with reader() as (pilot, screen):
        assert tops(screen) == [0, 0, 0]
        await pilot.press("j")
        first = tops(screen)
        assert first[0] > 0 and len(set(first)) == 1
        await pilot.press("j", "k")
        assert tops(screen) == first
        await pilot.press("space")
        assert tops(screen)[0] > first[0] + 10
        await pilot.press("b")
        assert tops(screen)[0] < first[0] + 10
        await pilot.press("G")
        bottom = tops(screen)
        assert bottom[0] == screen.view.max_scroll_y and len(set(bottom)) == 1
        await pilot.press("g")
        assert tops(screen) == [0, 0, 0]


async def test_column_focus_keys(reader):
    async with reader() as (pilot, screen):
        await pilot.press("l")
        assert screen.view.focus_slot == 1
        await pilot.press("3")
        assert screen.view.focus_slot == 2
        await pilot.press("h", "h")
        assert screen.view.focus_slot == 0


async def test_pivot_change_reorders_rows_and_keeps_the_paragraph_in_view(reader):
    async with reader() as (pilot, screen):
        first, second = [c.article_id for c in screen.columns[:2]]
        await pilot.press("l", "j", "j")
        assert not screen.comparison.rows_ready(second)  # aligned to it in a worker
        await pilot.press("p")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.pivot == second
        assert screen.columns[0].article_id == second and first in [c.article_id for c in screen.columns]
        assert "pivot" in screen.status


async def test_of_two_pivots_asked_for_at_once_the_last_wins(reader):
    async with reader(160, 40) as (pilot, screen):
        second, third = [c.article_id for c in screen.columns[1:3]]
        await pilot.press("2", "p", "3", "p")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.pivot == third and screen.columns[0].article_id == third


async def test_mode_toggle_gives_each_column_its_own_order(reader):
    async with reader() as (pilot, screen):
        await pilot.press("m")
        await pilot.pause()
        assert screen.mode == "reading"
        for column in screen.columns:
            paragraphs = [r.paragraph for r in column.line_refs if r is not None]
            assert paragraphs == sorted(paragraphs)
        await pilot.press("j", "j")
        assert tops(screen)[0] > 0
        await pilot.press("m")
        await pilot.pause()
        assert screen.mode == "aligned" and len(set(tops(screen))) == 1


async def test_divergence_keys_show_and_highlight_each_divergence(reader):
    async with reader() as (pilot, screen):
        divergences = screen.comparison.divergences
        assert divergences
        await pilot.press("right_square_bracket")
        await pilot.pause()
        first = divergences[0]
        assert screen.status.startswith(f"divergence 1/{len(divergences)}: {first.subject}: ")
        for v in first.values:  # one or two articles named as their columns' headers name them, more counted
            label = screen.comparison.article(v.articles[0]).label[:15]
            assert f"“{v.value}” ({f'{len(v.articles)} articles' if len(v.articles) > 2 else label}" in screen.status
        assert set(screen.highlights) == {Ref(s.article, s.paragraph) for s in first.sides}
        shown = {r for c in screen.columns for r in c.line_refs[c.top:c.top + 5]}
        assert shown & set(screen.highlights)
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert screen.status.startswith(f"divergence 1/{len(divergences)}")
        await pilot.press("left_square_bracket")
        assert screen.status.startswith(f"divergence {len(divergences)}/{len(divergences)}")


async def test_the_status_offers_the_divergence_key_only_when_there_are_divergences(reader):
    agreeing = articles_from("Rangers closed the Pell trail on Monday after a rockfall.",
                             "The Pell trail was closed on Monday after a rockfall, rangers said.")
    async with reader(articles=agreeing) as (pilot, screen):
        assert not screen.comparison.divergences
        assert "no divergences found" in screen.status and "] shows them" not in screen.status
    async with reader() as (pilot, screen):
        assert f"{len(screen.comparison.divergences)} divergences · ] shows them" in screen.status


async def test_unique_passages_walk_the_focused_column(reader):
    async with reader() as (pilot, screen):
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert screen.status.startswith("unique passage 1/")
        [(ref, ranges)] = screen.highlights.items()
        assert ref.article == screen.columns[0].article_id
        await pilot.press("right_curly_bracket")
        assert screen.status.startswith("unique passage 2/")


# Five outlets name one ferry captain once each, in other words around the name.
FERRY = [f"Ferry Strands Off Kelmar\n\n{lead} Captain Ilse Vranckovic {told}\n\nThe harbour reopened later."
         for lead, told in [("The ferry ran aground near Kelmar at dawn.", "ordered the passengers to the deck."),
                            ("Ninety passengers waited on deck for hours.", "said the tide had turned early."),
                            ("Tugs pulled the ferry free by noon.", "thanked the tug crews."),
                            ("Nobody was hurt when the ferry grounded.", "will face an inquiry."),
                            ("The operator apologised to its passengers.", "has sailed the route for years.")]]


async def test_search_finds_every_mention_and_steps_with_n(reader):
    async with reader(articles=articles_from(*FERRY)) as (pilot, screen):
        await pilot.press("slash")
        await pilot.press(*"vranckovic", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.walk and len(screen.walk.places) == 5  # once in each article
        assert screen.status.startswith("“vranckovic” · hit 1/5")
        await pilot.press("n", "n")
        assert screen.status.startswith("“vranckovic” · hit 3/5")
        await pilot.press("N")
        assert screen.status.startswith("“vranckovic” · hit 2/5")
        hit = screen.walk.places[1]
        assert hit.article in [c.article_id for c in screen.columns]


async def test_fuzzy_search_when_nothing_matches_exactly(reader):
    async with reader(articles=articles_from(*FERRY)) as (pilot, screen):
        await pilot.press("slash", *"vrankovich", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert "(fuzzy)" in screen.status and screen.walk.places


async def test_boilerplate_folds_and_unfolds(reader):
    async with reader() as (pilot, screen):
        folded = len(screen.columns[0].line_refs)
        await pilot.press("z")
        await pilot.pause()
        assert screen.show_boilerplate and len(screen.columns[0].line_refs) > folded


async def test_help_lists_every_binding_and_the_marks(reader):
    async with reader() as (pilot, screen):
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        text = str(help_screen.query_one("Static").render())
        for binding in screen.BINDINGS:
            assert f"[{binding.id}]" in text or binding.id.startswith("column-")
        assert "[column-1 … column-9]" in text
        assert "≈k" in text and "≠k" in text
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, HelpScreen)


async def test_command_palette_opens(reader):
    from textual.command import CommandPalette

    async with reader() as (pilot, screen):
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CommandPalette)


async def test_narrow_terminal_shows_pivot_and_one_column_and_pages(reader):
    async with reader(80, 24) as (pilot, screen):
        ids = [a.id for a in screen.comparison.articles]
        assert [c.article_id for c in screen.columns] == ids[:2]
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert [c.article_id for c in screen.columns] == [ids[0], ids[2]]
        assert screen.status == f"column 3 of {len(ids)}"  # one column, not "columns 3–3"
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert [c.article_id for c in screen.columns] == ids[:2]


async def test_paging_to_columns_of_another_length_scrolls_over_all_of_them(reader):
    async with reader(80, 24) as (pilot, screen):
        view = screen.view
        heights = set()
        for _ in range(3):
            await pilot.press("greater_than_sign", "G")
            await pilot.pause()
            height = max(len(c.lines) for c in screen.columns) + 1
            heights.add(height)
            assert view.virtual_size.height == height == view.vertical_scrollbar.window_virtual_size
            assert view.scroll_y == view.max_scroll_y > 0  # G reached the end of this page's lines
        assert len(heights) > 1


async def test_column_picker_shows_the_chosen_article(reader):
    async with reader(80, 24) as (pilot, screen):
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert screen.columns[1].article_id == screen.comparison.articles[3].id


async def test_resizing_keeps_the_reading_position(reader):
    async with reader(160, 40) as (pilot, screen):
        for _ in range(6):
            await pilot.press("j")
        before = screen.columns[0].top_ref()
        for size in [(80, 24), (200, 50), (100, 30)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert screen.columns[0].top_ref() == before


async def test_article_text_is_never_markup(reader):
    hostile = articles_from(
        "A headline about [bold red]colours[/]\n\nThe mayor said [/foo] and \x1b[31mred\x1b[0m [link=x]y[/link] today.",
        "Another article about the mayor and [bold] things.",
    )
    async with reader(120, 30, articles=hostile) as (pilot, screen):
        column = screen.columns[0]
        text = "".join(segment.text for line in column.lines for segment in line)
        assert "[bold red]colours[/]" in text and "[/foo]" in text and "[31mred[0m" in text
        assert "\x1b" not in text


async def test_no_color_renders(reader, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    async with reader(100, 30) as (pilot, screen):
        await pilot.press("j", "right_square_bracket", "m")
        await pilot.pause()
        assert screen.columns[0].line_refs


async def test_the_configured_mode_holds_for_a_corpus_with_nothing_remembered(sample_articles):
    from tui.app import ParallaxApp
    from tui.core.session import MemorySession
    from tui.core.store import Config

    session = MemorySession(sample_articles, corpus="sample_corpus")
    session.config = Config(mode="reading")
    app = ParallaxApp(session)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_analysis(pilot)
        assert app.comparison_screen.mode == "reading"


async def test_a_mark_on_the_second_paragraph_of_a_row_repaints_it_where_it_stands(reader):
    # Two paragraphs of one article beside one pivot paragraph: marking the second repaints
    # its own lines, not one line higher (which showed its last line twice and no gap).
    story = articles_from(
        "Flooding closed the Orrin bridge on Friday and left 40 homes in Kelso without power.",
        "Flooding closed the Orrin bridge on Friday.\n\nThe flood left 40 homes in Kelso without power.",
    )
    async with reader(80, 24, articles=story) as (pilot, screen):
        rows = screen.comparison.row_index("a0")
        assert rows[Ref("a1", 0)] == rows[Ref("a1", 1)]  # the two paragraphs share a row
        await pilot.press("slash", *"homes", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("n")  # the current hit moves to the second paragraph: it is repainted
        assert set(screen.highlights) == {Ref("a1", 1)}
        marked = list(screen.columns[1].lines)
        screen.relayout()  # laid out afresh, with the marks
        assert marked == screen.columns[1].lines


async def test_a_skipped_file_is_still_named_once_the_analysis_is_shown_and_when_reopened(tmp_path):
    from tui.app import ParallaxApp
    from tui.core.session import Session
    from tui.core.store import Places

    story, other, binary = tmp_path / "story.txt", tmp_path / "other.txt", tmp_path / "photo.txt"
    story.write_text("Flooding closed the Orrin bridge on Friday.\n\nThe storm left 40 homes without power.")
    other.write_text("The Orrin bridge was closed by flooding on Friday.")
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    places = Places(tmp_path / "config.toml", tmp_path / "state.sqlite3", tmp_path / "cache.sqlite3")
    for _ in ("analysed", "from the cache"):
        app = ParallaxApp(Session([story, other, binary], places))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for_analysis(pilot)
            deadline = time.monotonic() + ANALYSIS_SECONDS  # by the clock: a loaded machine is slow, not wrong
            while time.monotonic() < deadline:  # the layout may still be saying its progress
                status = app.comparison_screen.status
                if "analysed" in status:
                    break
                await pilot.pause(0.05)
            assert status.startswith("2 articles analysed · skipped 1 unreadable: ") and "photo.txt" in status
