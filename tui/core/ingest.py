"""Files -> Articles: find, read, decode, sanitise, split into paragraphs and sentences."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from tui.core.blocks import Block, markdown_blocks, split_front_matter, text_blocks
from tui.core.boilerplate import classify
from tui.core.decode import UndecodableError, decode
from tui.core.discover import Problem, find_articles
from tui.core.model import Article, Paragraph
from tui.core.sanitize import sanitize
from tui.core.segment import split_sentences

MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024


class IngestError(Exception):
    def __init__(self, path: Path | str, message: str):
        super().__init__(f"{path}: {message}")
        self.problem = Problem(str(path), message)


def load_corpus(paths: list[str | Path], recursive: bool = False) -> tuple[list[Article], list[Problem]]:
    """Every article the paths name, and a problem for each path or file that failed."""
    files, problems = find_articles(paths, recursive)
    articles, unreadable = read_articles(files)
    return articles, problems + unreadable


def read_articles(files: list[Path], progress: Callable[[int, int], None] | None = None,
                  ) -> tuple[list[Article], list[Problem]]:
    """The articles of these files, and a problem for each file that could not be read;
    `progress(done, total)` is told before each file."""
    raw, problems = [], []
    for done, path in enumerate(files):
        if progress:
            progress(done, len(files))
        try:
            raw.append(read_raw(path))
        except IngestError as err:
            problems.append(err.problem)
    return classify_corpus(raw, _unique_ids([r.path for r in raw])), problems



@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded file split into blocks, before its paragraphs are classified."""

    path: Path
    blocks: tuple[Block, ...]
    fields: dict[str, str]
    encoding: str


def read_raw(path: Path) -> RawArticle:
    data = _read_bytes(path)
    try:
        text, encoding = decode(data)
    except UndecodableError as err:
        raise IngestError(path, str(err)) from None
    text = sanitize(text)
    fields: dict[str, str] = {}
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        fields, text = split_front_matter(text)
        blocks = markdown_blocks(text)
    else:
        blocks = text_blocks(text)
    if not blocks:
        raise IngestError(path, "no text in this file")
    return RawArticle(path, tuple(blocks), fields, encoding)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(path, f"file is {size / 1e6:.1f} MB; articles over {MAX_BYTES // 2**20} MB are refused")
        if size == 0:
            raise IngestError(path, "empty file")
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except IngestError:
        raise
    except PermissionError:
        raise IngestError(path, "cannot read: permission denied") from None
    except OSError as err:
        raise IngestError(path, f"cannot read: {err.strerror or err}") from None


def _unique_ids(files: list[Path]) -> list[str]:
    """File stems; where two files share a stem, their paths tell them apart."""
    stems = [f.stem for f in files]
    if len(set(stems)) == len(stems):
        return stems
    common = Path(os.path.commonpath([f.resolve().parent for f in files]))
    return [
        f.stem if stems.count(f.stem) == 1 else f.resolve().with_suffix("").relative_to(common).as_posix()
        for f in files
    ]


def classify_corpus(raw: list[RawArticle], ids: list[str]) -> list[Article]:
    kinds = classify([r.blocks for r in raw])
    return [_article(r, aid, k) for r, aid, k in zip(raw, ids, kinds)]


def _article(raw: RawArticle, article_id: str, kinds) -> Article:
    paragraphs = tuple(
        Paragraph(i, block.text, kind, reason, split_sentences(block.text))
        for i, (block, (kind, reason)) in enumerate(zip(raw.blocks, kinds))
    )
    title = raw.fields.get("title") or next((p.text for p in paragraphs if p.kind == "title"), "")
    source = raw.fields.get("source") or _site_named_in(paragraphs)
    article = Article(article_id, str(raw.path), paragraphs, title=title, source=source, encoding=raw.encoding)
    return replace(article, **{k: v for k, v in raw.fields.items() if k in ("date", "url", "author")})


def _site_named_in(paragraphs: tuple[Paragraph, ...]) -> str:
    """A bare web address among the furniture names the site the article came from."""
    for p in paragraphs:
        if p.kind == "boilerplate" and p.reason == "web address":
            return p.text.removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return ""
