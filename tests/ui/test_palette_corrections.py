"""The command palette lists each correction to the names, the latest first; choosing one
undoes it and every correction made after it."""

from textual.command import CommandPalette

from tui.commands import ParallaxCommands


async def corrected(pilot, screen):
    """Two merges of people, then the second name of the first merge split out again: the
    names (a, b, c, d) and the corrections as made."""
    a, b, c, d = [e.variants[0] for e in screen.comparison.entities if e.kind == "person"][:4]
    app = pilot.app
    for change in ({"merge": (a, b)}, {"merge": (c, d)}, {"split": b}):
        app.correct_entities(**change)
        await app.workers.wait_for_complete()
        await pilot.pause()
    return (a, b, c, d), app.corrections.steps


def undo_commands(pilot):
    return [(name, run, help_text) for name, run, help_text in ParallaxCommands(pilot.app.screen)._commands()
            if name.startswith("Undo the ") and name != "Undo the last merge or split"]


def together(screen, *names) -> bool:
    return any(set(names) <= set(e.variants) for e in screen.comparison.entities)


async def test_the_palette_lists_each_correction_the_latest_first(reader):
    async with reader(120, 36) as (pilot, screen):
        assert not undo_commands(pilot)
        (a, b, c, d), steps = await corrected(pilot, screen)
        listed = undo_commands(pilot)
        assert [name for name, _, _ in listed] == [
            f"Undo the split of “{b}”", f"Undo the merge of {c} and {d}", f"Undo the merge of {a} and {b}"]
        assert [help_text for _, _, help_text in listed] == [
            "the latest correction (u)", "and the 1 made after it", "and the 2 made after it"]


async def test_choosing_the_latest_in_the_palette_undoes_it_alone(reader):
    async with reader(120, 36) as (pilot, screen):
        (a, b, c, d), steps = await corrected(pilot, screen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(pilot.app)
        await pilot.press(*"undo the split", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.corrections.steps == steps[:2]
        assert together(screen, a, b) and together(screen, c, d)


async def test_choosing_an_older_one_undoes_it_and_every_one_after_it(reader):
    async with reader(120, 36) as (pilot, screen):
        (a, b, c, d), steps = await corrected(pilot, screen)
        _, undo_second_merge, _ = undo_commands(pilot)[1]
        undo_second_merge()
        assert screen.status == f"undoing the merge of {c} and {d} and the 1 made after it…"
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.corrections.steps == steps[:1]
        assert together(screen, a, b) and not together(screen, c, d)


async def test_a_correction_undone_since_the_palette_listed_it_is_not_undone_again(reader):
    async with reader(120, 36) as (pilot, screen):
        (a, b, c, d), steps = await corrected(pilot, screen)
        _, undo_split, _ = undo_commands(pilot)[0]
        await pilot.press("u")
        await pilot.app.workers.wait_for_complete()
        undo_split()
        assert screen.status == f"the split of “{b}” is already undone"
        assert pilot.app.corrections.steps == steps[:2]
