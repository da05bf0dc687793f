"""Command palette: the reader's actions, "go to article" and "go to divergence"."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class ParallaxCommands(Provider):
    def _commands(self):
        from tui.screens.comparison import ComparisonScreen
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
            yield f"Go to divergence: {d.summary[:70]}", partial(_go_to_divergence, reader, n), d.kind

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)


def _go_to_divergence(reader, index: int) -> None:
    reader.divergence_index = index - 1
    reader.action_divergence(1)
