"""Command palette: the reader's actions, "go to article", "go to divergence" and "undo" for
each correction to the names, the latest first."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.core.wording import shortened


class ParallaxCommands(Provider):
    def _commands(self):
        from tui.screens.comparison import ComparisonScreen, correction_text
        from tui.screens.help import key_label

        reader = next((s for s in self.app.screen_stack if isinstance(s, ComparisonScreen)), None)
        if reader is None:
            return
        for binding in reader.BINDINGS:
            if binding.id and not binding.id.startswith("column-"):
                keys = key_label(self.app._keymap.get(binding.id, binding.key))
                yield binding.description, partial(reader.run_action, binding.action), f"key {keys}"
        comparison = reader.comparison
        for a in comparison.articles:
            yield f"Go to article: {a.label} — {a.title[:50]}", partial(reader.show_article, a.id), a.id
        for n, d in enumerate(comparison.divergences):
            yield f"Go to divergence: {shortened(reader.told(d, 70), 70)}", partial(_go_to_divergence, reader, n), d.kind
        steps = self.app.corrections.steps
        for n in reversed(range(len(steps))):
            later = len(steps) - n - 1
            yield (f"Undo {correction_text(steps[n])}", partial(reader.undo_corrections, n, steps[n]),
                   f"and the {later} made after it" if later else "the latest correction (u)")

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands():
            yield DiscoveryHit(_prompt(name, help_text), command, text=name)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _prompt(name, help_text, matcher), command, text=name)


def _prompt(name: str, help_text: str, matcher: Matcher | None = None) -> Content:
    """A hit as plain text, its help on a dim line below. Titles, summaries and file names
    are never read as markup, which the palette does to a string (and to its help line)."""
    shown = Content(name)
    if matcher is not None:
        _, offsets = matcher.fuzzy_search.match(matcher.query, name)
        for at in offsets:
            if not name[at].isspace():
                shown = shown.stylize(matcher.match_style, at, at + 1)
    return Content.assemble(shown, "\n", (help_text, "dim"))


def _go_to_divergence(reader, index: int) -> None:
    reader.divergence_index = index - 1
    reader.action_divergence(1)
