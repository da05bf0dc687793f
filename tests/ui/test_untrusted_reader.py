"""Hostile file names, titles and front matter in the reader: nothing on screen a terminal
would act on, and titles shown as plain text in the column picker and the command palette."""

import asyncio
import os

from hypothesis import given
from hypothesis import strategies as st

from tui.app import ParallaxApp
from tui.core.ingest import load_corpus
from tui.core.session import MemorySession

from ..hostile import UNSAFE, examples, hostile_text, name_bytes, write_corpus
from .conftest import wait_for_analysis


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def read_hostile(folder, keys_between: list[str]) -> list[str]:
    """The screens the reader draws for this corpus: the columns, then after each key."""
    articles, problems = load_corpus([folder])
    app = ParallaxApp(MemorySession(articles, corpus=os.path.basename(folder), problems=problems))
    shown = []
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_for_analysis(pilot)
        shown.append(screen_text(app))
        for key in keys_between:
            await pilot.press(key)
            await pilot.pause()
            shown.append(screen_text(app))
    assert app.return_code is None  # still running until the test closed it: nothing quit it
    return shown


@examples("PARALLAX_HOSTILE_READER_EXAMPLES", 6)
@given(st.lists(name_bytes, min_size=2, max_size=3, unique=True), st.lists(hostile_text, min_size=3, max_size=3))
def test_the_rendered_screen_holds_no_control_character(tmp_path_factory, names, titles):
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder, names, titles)
    if len(load_corpus([folder])[0]) < 2:
        return
    for shown in asyncio.run(read_hostile(folder, ["c", "escape", "ctrl+p", "escape"])):
        assert not UNSAFE.search(shown), repr(UNSAFE.search(shown))


def test_titles_are_plain_text_in_the_picker_and_the_palette(tmp_path):
    write_corpus(tmp_path, [b"one", b"two", b"three"], ["[/] [Video] [@click=app.quit]Quit[/]", "plain", "x"])
    picker, _, palette, *_ = asyncio.run(read_hostile(tmp_path, ["c", "escape", "ctrl+p", "G", "o"]))[1:]
    assert "[/] [Video] [@click=app.quit]Quit[/]" in picker
    assert "[/] [Video] [@click=app.quit]" in palette

