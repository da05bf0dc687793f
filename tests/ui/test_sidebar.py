"""The names sidebar: filter, jump to the first mention, walk every mention, corrections."""

from tui.core.model import Comparison, Entity, Ref


def named_once_in_each(comparison: Comparison) -> Entity:
    """The person each article names exactly once (the sample has one)."""
    ids = sorted(a.id for a in comparison.articles)
    return next(e for e in comparison.entities if e.kind == "person" and sorted(m.article for m in e.mentions) == ids)


def found_by(comparison: Comparison, typed: str) -> list[Entity]:
    """The names the sidebar's filter keeps for `typed`."""
    return [e for e in comparison.entities if any(typed.casefold() in v.casefold() for v in e.variants)]


async def focus_filter(pilot, screen):
    await pilot.press("tab")
    await pilot.pause()
    assert screen.sidebar.display and screen.sidebar.query_one("#entity-filter").has_focus


async def test_e_shows_and_hides_the_sidebar_and_the_columns_make_room(reader):
    async with reader(120, 36) as (pilot, screen):
        assert not screen.sidebar.display  # narrow terminals start without it
        columns = len(screen.columns)
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()
        assert screen.sidebar.display and len(screen.columns) < columns
        assert screen.sidebar.query_one("#entity-list").option_count > 10
        await pilot.press("e")
        await pilot.pause()
        assert not screen.sidebar.display and len(screen.columns) == columns


async def test_sidebar_groups_names_by_kind_with_counts(reader):
    async with reader(160, 40) as (pilot, screen):
        listing = screen.sidebar.query_one("#entity-list")
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[0].startswith("People (")
        assert any(p.startswith("Places (") for p in prompts)
        name = named_once_in_each(screen.comparison).name
        once = next(p for p in prompts if p.startswith(name))
        assert once.split()[-2] == "5" and once.endswith("●●●●●")  # 5 mentions, one in each article
        shown = [listing.render_line(y).text.rstrip() for y in range(listing.size.height)]
        assert any(line.startswith(name) and line.endswith("●●●●●") for line in shown)  # nothing cut off


async def test_typing_filters_and_enter_walks_every_mention_across_columns(reader):
    async with reader(160, 40) as (pilot, screen):
        person = named_once_in_each(screen.comparison)
        variant = next(w for v in person.variants for w in v.split() if w not in person.name.split())
        await focus_filter(pilot, screen)
        await pilot.press(*variant.casefold())  # a variant's spelling finds the entity
        await pilot.pause()
        listing = screen.sidebar.query_one("#entity-list")
        assert screen.sidebar.current.name == person.name
        assert sum(not o.disabled for o in listing._options) == 1
        await pilot.press("enter")
        await pilot.pause()
        entity = screen.sidebar.current
        assert screen.status == f"{person.name} · mention 1/5 · {entity.mentions[0].article}"
        # every mention is underlined, the current one reversed
        assert set(screen.marked) == {Ref(m.article, m.paragraph) for m in entity.mentions}
        assert set(screen.highlights) == {Ref(entity.mentions[0].article, entity.mentions[0].paragraph)}
        seen = []
        for n in range(5):
            hit = screen.walk.places[screen.walk.index]
            column = next(c for c in screen.columns if c.article_id == hit.article)
            assert column.line_of(Ref(hit.article, hit.paragraph)) is not None
            assert column.slot == screen.view.focus_slot
            seen.append(hit.article)
            await pilot.press("n")
            await pilot.pause()
        assert seen == [m.article for m in entity.mentions]
        assert screen.status.startswith(f"{person.name} · mention 1/5")  # round again


async def choose(pilot, screen, name):
    await focus_filter(pilot, screen)
    await pilot.press(*("backspace",) * 24, *name)
    await pilot.pause()


async def test_merge_and_split(reader):
    async with reader(160, 40) as (pilot, screen):
        c = screen.comparison
        person = named_once_in_each(c)
        org = next(e for e in c.entities if e.kind == "org" and len(e.variants) == 1 and found_by(c, e.name) == [e])
        assert found_by(c, person.name) == [person]
        await choose(pilot, screen, person.name.casefold())
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("M")
        assert screen.status.startswith(f"merge {person.name} with")
        await pilot.press(*org.name.casefold(), "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        merged = next(e for e in screen.comparison.entities if org.name in e.variants)
        assert person.name in merged.variants
        # split the organisation out again
        await choose(pilot, screen, org.name.casefold())
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        options = pilot.app.screen.query_one("#picker")
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        options.highlighted = next(i for i, label in enumerate(labels) if label.startswith(org.name))
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        alone = next(e for e in screen.comparison.entities if org.name in e.variants)
        assert alone.variants == (org.name,)


async def test_a_name_typed_right_after_tab_is_the_one_enter_jumps_to(reader):
    async with reader(80, 24) as (pilot, screen):
        wanted = screen.comparison.entities[-1]  # not the one highlighted first
        screen.action_focus_sidebar()  # tab: the sidebar is built, its list filled after a refresh
        screen.sidebar.query_one("#entity-filter").value = wanted.name  # typed before that refresh
        await pilot.pause()
        await pilot.press("enter")
        assert screen.entity is not None and screen.entity.id == wanted.id


async def test_u_undoes_the_last_merge_and_s_after_m_offers_the_merged_spellings(reader):
    async with reader(160, 40) as (pilot, screen):
        people = [e for e in screen.comparison.entities if e.kind == "person"]
        first, second = people[0], people[1]
        await choose(pilot, screen, first.name.casefold())
        await pilot.press("enter", "M", *second.name.casefold(), "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        options = pilot.app.screen.query_one("#picker")
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(label.startswith(second.variants[0]) for label in labels)
        await pilot.press("escape", "u")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert not pilot.app.corrections.steps
        assert not any(set(first.variants) | set(second.variants) <= set(e.variants) for e in screen.comparison.entities)


async def test_the_sidebar_hidden_at_a_narrow_start_is_filled_when_the_terminal_widens(reader):
    async with reader(100, 30) as (pilot, screen):
        assert not screen.sidebar.display
        await pilot.resize_terminal(150, 40)
        await pilot.pause()
        await pilot.pause()
        listing = screen.sidebar.query_one("#entity-list")
        assert screen.sidebar.display and listing.option_count > len(screen.comparison.entities) // 2


async def test_keys_typed_in_a_burst_into_the_filter_act_in_the_order_typed(reader):
    # As a terminal delivers them when one types fast: all read before the list is refilled.
    from textual import events

    async with reader(160, 40) as (pilot, screen):
        await focus_filter(pilot, screen)
        box = screen.sidebar.query_one("#entity-filter")
        burst = [*"Varga", *["backspace"] * 7, *"Kelso"]
        for key in burst:
            pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await pilot.pause()
        assert box.value == "Kelso"
