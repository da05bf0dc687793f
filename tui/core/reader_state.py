"""What the reader remembers of one corpus, as one typed, versioned value.

The reader builds a `ReaderState` from its screen and restores the screen from one; the
session saves it as JSON. Reading a saved state never fails: a field of the wrong type
takes its default, and states of version 1 (the top paragraph only) are read too.
Pure Python: no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.model import Comparison, Corrections, Ref

VERSION = 2
MODES = ("aligned", "reading")
MAX_SEARCH = 200  # characters of a search query: longer ones are cut (a pasted article is no query)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A line of a column: `offset` lines below the first line of the paragraph `ref`
    (negative when the line is a gap above it). Exact where a paragraph alone is not: a
    long paragraph fills several screens."""

    ref: Ref
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ReaderState:
    pivot: str = ""
    mode: str = ""  # "aligned" or "reading"; "" when none was saved (the config's holds)
    first_other: int = 0  # paging through the articles beside the pivot
    focus_slot: int = 0
    sidebar: bool | None = None  # None: shown when the terminal is wide enough
    boilerplate: bool = False
    anchors: tuple[Anchor, ...] = ()  # each visible column's top line, in slot order
    corrections: Corrections = field(default_factory=Corrections)
    search: str = ""

    def pivot_in(self, comparison: Comparison) -> str:
        """The pivot to show: the one remembered while the corpus still has it, else the first article."""
        ids = [a.id for a in comparison.articles]
        return self.pivot if self.pivot in ids else ids[0]

    def to_json(self) -> dict:
        return {
            "version": VERSION, "pivot": self.pivot, "mode": self.mode, "first_other": self.first_other,
            "focus_slot": self.focus_slot, "sidebar": self.sidebar, "boilerplate": self.boilerplate,
            "anchors": [[a.ref.article, a.ref.paragraph, a.offset] for a in self.anchors],
            "corrections": [list(step) for step in self.corrections.steps], "search": self.search,
        }

    @classmethod
    def from_json(cls, data: object) -> ReaderState:
        if not isinstance(data, dict):
            return cls()
        d = cls()
        return cls(
            pivot=_of(data.get("pivot"), str, d.pivot),
            mode=data.get("mode") if data.get("mode") in MODES else d.mode,
            first_other=max(0, _of(data.get("first_other"), int, 0)),
            focus_slot=max(0, _of(data.get("focus_slot"), int, 0)),
            sidebar=data.get("sidebar") if isinstance(data.get("sidebar"), bool) else None,
            boilerplate=_of(data.get("boilerplate"), bool, False),
            anchors=_anchors(data),
            corrections=Corrections(tuple(
                tuple(step) for step in _of(data.get("corrections"), list, []) if _is_correction(step)
            )),
            search=_of(data.get("search"), str, "")[:MAX_SEARCH],
        )


def _is_correction(step: object) -> bool:
    """["merge", name, other name] or ["split", spelling]: anything else was not saved by us."""
    return (isinstance(step, list) and all(isinstance(s, str) for s in step)
            and ((len(step) == 3 and step[0] == "merge") or (len(step) == 2 and step[0] == "split")))


def _of(value, kind: type, default):
    # bool is an int: a count saved as true is no count
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    return value if ok else default


def _anchors(data: dict) -> tuple[Anchor, ...]:
    """Version 2 keeps every column's line; version 1 kept the focused column's paragraph."""
    if data.get("version") != VERSION:
        top = data.get("top")
        triples = [[*top, 0]] if isinstance(top, list) and len(top) == 2 else []
    else:
        triples = _of(data.get("anchors"), list, [])
    out = []
    for t in triples:
        if (isinstance(t, list) and len(t) == 3 and isinstance(t[0], str)
                and all(_of(x, int, None) is not None for x in t[1:]) and t[1] >= 0):
            out.append(Anchor(Ref(t[0], t[1]), t[2]))
    return tuple(out)
