"""Where the files that ship with Parallax live: inside the wheel, or in the checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource(name: str) -> Path:
    """`name` (styles, sample_corpus) inside the installed package, else at the repository top."""
    installed = _PACKAGE / name
    return installed if installed.exists() else _PACKAGE.parent / name


def sample_corpus() -> Path:
    return resource("sample_corpus")


def styles() -> Path:
    return resource("styles")
