"""Files -> Articles: find, read, decode, sanitise, split into paragraphs and sentences."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tui.core.blocks import Block, markdown_blocks, split_front_matter, text_blocks
from tui.core.boilerplate import classify
from tui.core.decode import UndecodableError, decode
from tui.core.discover import MAX_BYTES, Problem, find_articles
from tui.core.collector import collector_paused
from tui.core.model import Article, Paragraph, Sentence
from tui.core.sanitize import sanitize, unify_line_breaks, visible
from tui.core.segment import split_sentences

MARKDOWN_SUFFIXES = (".md", ".markdown")
WEB_PAGE_SUFFIXES = (".html", ".htm")


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
    with collector_paused():  # tens of thousands of paragraphs and sentences, no garbage
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files))
            try:
                raw.append(read_raw(path))
            except IngestError as err:
                problems.append(err.problem)
                continue
            if raw[-1].repair:
                problems.append(Problem(str(path), raw[-1].repair, skipped=False))
        return classify_corpus(raw, _unique_ids([r.path for r in raw])), problems



@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded file split into blocks, before its paragraphs are classified."""

    path: Path
    blocks: tuple[Block, ...]
    fields: dict[str, str]
    encoding: str
    repair: str = ""  # what decoding mended (decode.Decoded.repair)


def read_raw(path: Path) -> RawArticle:
    data = _read_bytes(path)
    try:
        text, encoding, repair = decode(data)
    except UndecodableError as err:
        raise IngestError(path, str(err)) from None
    text = unify_line_breaks(text)
    fields: dict[str, str] = {}
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:  # front matter holds names (title, author): split off before the text is cleaned
        fields, text = split_front_matter(text)
        blocks = markdown_blocks(sanitize(text))
    elif suffix in WEB_PAGE_SUFFIXES:
        from tui.core.webpage import read_page  # trafilatura's import cost only for web pages

        page = read_page(sanitize(text))
        fields, blocks = page.fields, list(page.blocks)
        if not blocks:
            raise IngestError(path, "no article text found in this web page")
    else:
        blocks = text_blocks(sanitize(text))
    if not blocks:
        raise IngestError(path, "no text in this file")
    return RawArticle(path, tuple(blocks), fields, encoding, repair)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(path, f"file is {size / 1e6:.1f} MB; articles over {MAX_BYTES // 2**20} MB are refused")
        if size == 0:
            raise IngestError(path, "empty file")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # it grew since
            raise IngestError(path, f"articles over {MAX_BYTES // 2**20} MB are refused")
        return data
    except IngestError:
        raise
    except PermissionError:
        raise IngestError(path, "cannot read: permission denied") from None
    except OSError as err:
        raise IngestError(path, f"cannot read: {err.strerror or err}") from None


def _unique_ids(files: list[Path]) -> list[str]:
    """File stems, shown safely; where stems clash, the path from the folder the files share
    (without, then with its suffix: story.md and story.txt); a number as the last resort.
    The same files give the same ids, whatever order they were named in."""
    ids = [visible(f.stem) for f in files]
    if len(set(ids)) < len(ids):
        common = _common_folder(files)
        for longer in (lambda f: f.with_suffix(""), lambda f: f):
            clashing = {i for i, n in Counter(ids).items() if n > 1}
            ids = [visible(longer(f.resolve()).relative_to(common).as_posix()) if i in clashing else i
                   for f, i in zip(files, ids)]
    return _numbered(ids, [str(f.resolve()) for f in files])


def _common_folder(files: list[Path]) -> Path:
    try:
        return Path(os.path.commonpath([f.resolve().parent for f in files]))
    except ValueError:  # on different drives: the root of each
        return Path(files[0].resolve().anchor)


def _numbered(ids: list[str], order: list[str]) -> list[str]:
    """Ids still alike (names that differ only in what `visible` shows alike) numbered ~2, ~3…
    in the order of their full paths."""
    taken, seen, out = set(ids), Counter(), list(ids)
    for i in sorted(range(len(ids)), key=order.__getitem__):
        seen[ids[i]] += 1
        n = seen[ids[i]]
        if n > 1:
            while f"{ids[i]}~{n}" in taken:
                n += 1
            out[i] = f"{ids[i]}~{n}"
            taken.add(out[i])
    return out


def classify_corpus(raw: list[RawArticle], ids: list[str]) -> list[Article]:
    kinds = classify([r.blocks for r in raw])
    sentences = cache(split_sentences)  # each distinct paragraph split once: wire copy repeats them
    return [_article(r, aid, k, sentences) for r, aid, k in zip(raw, ids, kinds)]


def _article(raw: RawArticle, article_id: str, kinds, sentences: Callable[[str], tuple[Sentence, ...]]) -> Article:
    paragraphs = tuple(
        Paragraph(i, block.text, kind, reason, sentences(block.text))
        for i, (block, (kind, reason)) in enumerate(zip(raw.blocks, kinds))
    )
    title = raw.fields.get("title") or next((p.text for p in paragraphs if p.kind == "title"), "")
    source = raw.fields.get("source") or _site_named_in(paragraphs)
    details = {k: v for k, v in raw.fields.items() if k in ("date", "url", "author")}
    # What the reader shows of an article besides its text is a name: shown safely wherever it goes.
    return Article(article_id, visible(str(raw.path)), paragraphs, encoding=raw.encoding,
                   **{k: visible(v) for k, v in {"title": title, "source": source, **details}.items()})


def _site_named_in(paragraphs: tuple[Paragraph, ...]) -> str:
    """A bare web address among the furniture names the site the article came from."""
    for p in paragraphs:
        if p.kind == "boilerplate" and p.reason == "web address":
            return p.text.removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
    return ""
