"""The reader's layout: which paragraphs each visible column shows on each display row.

Pure (no Textual), so it is tested without a terminal. Aligned mode follows the pivot's
rows and pads every column to the row's height; reading mode gives each column its own
order. Hidden boilerplate folds into one line per run of furniture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.model import Comparison, Ref


@dataclass(frozen=True, slots=True)
class Block:
    """What one column shows in one place: paragraphs of its article, or a fold of furniture."""

    article: str
    paragraphs: tuple[int, ...]
    folded: bool = False

    def refs(self) -> list[Ref]:
        return [Ref(self.article, p) for p in self.paragraphs]


AlignedRow = tuple[Block | None, ...]  # one cell per visible column; None is a gap


def aligned_layout(comparison: Comparison, pivot: str, columns: Sequence[str], show_boilerplate: bool) -> list[AlignedRow]:
    out: list[AlignedRow] = []
    for cells in _cells_by_row(comparison, pivot, columns):
        if show_boilerplate:
            out.append(tuple(Block(col, ps) if ps else None for col, ps in zip(columns, cells)))
            continue
        story = [tuple(p for p in ps if not _furniture(comparison, col, p)) for col, ps in zip(columns, cells)]
        furniture = [tuple(p for p in ps if _furniture(comparison, col, p)) for col, ps in zip(columns, cells)]
        if any(story):
            out.append(tuple(Block(col, ps) if ps else None for col, ps in zip(columns, story)))
        if any(furniture):
            _fold_into(out, columns, furniture)
    return out


def _cells_by_row(comparison: Comparison, pivot: str, columns: Sequence[str]) -> list[list[tuple[int, ...]]]:
    """For each row holding a paragraph of a visible column, in order, each column's paragraphs
    in it: read from the visible articles, not from rows that hold every article."""
    index = comparison.row_index(pivot)
    by_row: dict[int, list[list[int]]] = {}
    for n, column in enumerate(columns):
        for p in comparison.article(column).paragraphs:
            by_row.setdefault(index[Ref(column, p.index)], [[] for _ in columns])[n].append(p.index)
    return [[tuple(ps) for ps in by_row[row]] for row in sorted(by_row)]


def _fold_into(out: list[AlignedRow], columns: Sequence[str], furniture: list[tuple[int, ...]]) -> None:
    """Add a fold row, or widen the fold row just before: one line per run of furniture."""
    last = out[-1] if out else None
    if last and all(cell is None or cell.folded for cell in last):
        merged = []
        for col, cell, ps in zip(columns, last, furniture):
            joined = (cell.paragraphs if cell else ()) + ps
            merged.append(Block(col, joined, True) if joined else None)
        out[-1] = tuple(merged)
    else:
        out.append(tuple(Block(col, ps, True) if ps else None for col, ps in zip(columns, furniture)))


def reading_layout(comparison: Comparison, article: str, show_boilerplate: bool) -> list[Block]:
    """One column in its own order."""
    blocks: list[Block] = []
    for p in comparison.article(article).paragraphs:
        if show_boilerplate or p.kind != "boilerplate":
            blocks.append(Block(article, (p.index,)))
        elif blocks and blocks[-1].folded:
            blocks[-1] = Block(article, blocks[-1].paragraphs + (p.index,), True)
        else:
            blocks.append(Block(article, (p.index,), True))
    return blocks


def _furniture(comparison: Comparison, article: str, paragraph: int) -> bool:
    return comparison.article(article).paragraphs[paragraph].kind == "boilerplate"


def visible_count(width: int, articles: int) -> int:
    """How many columns fit: two at 80 cells, three from 120, five from 200."""
    return max(1, min(articles, 5, 2 if width < 120 else 3 if width < 160 else 4 if width < 200 else 5))
