"""The code has none of the slips pyflakes finds: a name imported and never used, a name
never defined, a key written twice in one dict literal (the second silently wins: a test case
once lost its sentences so)."""

from pathlib import Path

from pyflakes.api import checkRecursive
from pyflakes.reporter import Reporter


class _Found(Reporter):
    def __init__(self):
        self.lines: list[str] = []

    def unexpectedError(self, filename, message):
        self.lines.append(f"{filename}: {message}")

    def syntaxError(self, filename, message, lineno, offset, text):
        self.lines.append(f"{filename}:{lineno}: {message}")

    def flake(self, message):
        self.lines.append(str(message))


def test_pyflakes_finds_nothing():
    root = Path(__file__).resolve().parent.parent
    found = _Found()
    checkRecursive([str(root / d) for d in ("tui", "tests", "benchmarks", "tools")], found)
    assert not found.lines, "\n".join(found.lines)
