"""Which files the paths name: articles in folders, and a problem for each path that fails.

Kept light (no analysis imports), so the reader can check its paths before it starts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.core.sanitize import visible

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Articles are at most this large: a larger file is refused before it is read or hashed.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Problem:
    """A path that could not be used, or a note on one that was, in words for the user (on one
    line, shown safely: the path is the user's, the message may quote the system)."""

    path: str
    message: str
    skipped: bool = True  # False: the file was read, and this is a note about it

    def __str__(self) -> str:
        return visible(f"{self.path}: {self.message}")


def find_articles(paths: list[str | Path], recursive: bool = False) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _articles_in(path, recursive)
            if not found:
                where = "or below it " if recursive else ""
                problems.append(Problem(str(path), f"no .txt, .md, .markdown, .html or .htm files in this folder {where}".strip()))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return _dedupe(files), problems


def _articles_in(folder: Path, recursive: bool) -> list[Path]:
    pattern = "**/*" if recursive else "*"
    return sorted(
        p for p in folder.glob(pattern)
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )


def _dedupe(files: list[Path]) -> list[Path]:
    seen, out = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
