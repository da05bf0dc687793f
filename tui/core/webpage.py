"""A saved web page -> the article's paragraph blocks and its title, site, date and author.

trafilatura finds the article body among the page's furniture (navigation, footers, related
stories) and reads the page's metadata. It is imported here, on the first page read, so that
corpora of text files never pay its import (0.3-0.8 s). Nothing is fetched: trafilatura
gets the page's text, never a URL, and images are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui.core.blocks import Block, Hint
from tui.core.sanitize import sanitize

# The extracted body's inline elements (emphasis, links, deletions, line breaks, table
# cells): their text belongs to the paragraph around them. Every other element is a block.
_INLINE = frozenset({"hi", "ref", "del", "lb", "graphic", "cell"})
_CELL_SEPARATOR = " · "
# A line break (<br>) inside a block, as a character that parsed text never holds (XML
# cannot): one is a space, two or more in a row part paragraphs, as on sites that write
# their paragraphs as lines of one block.
_BREAK = "\x00"
_PARAGRAPH_BREAK = re.compile(rf"{_BREAK}\s*{_BREAK}[\s{_BREAK}]*")
# Less extracted text than a sentence or two is a page's furniture (a menu, a cookie
# notice), not an article.
_MIN_ARTICLE_CHARS = 80
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page holds for the reader: its paragraphs and its details."""

    blocks: tuple[Block, ...]
    fields: dict[str, str]


def read_page(html: str) -> Page:
    """The article in a page's HTML; no blocks when the page has no article body."""
    import trafilatura  # import cost only when a web page is read
    from trafilatura.settings import set_date_params

    document = trafilatura.bare_extraction(
        _without_unsafe_references(html),
        # No second extractor run when the first finds little: measured on a public 181-page
        # benchmark, F1 0.96 at about 27 ms a page.
        fast=True,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_formatting=False,
        include_links=False,
        # A date only from the page's markup: a year in the text ("jailed in 2021") is no
        # publication date.
        date_extraction_params=set_date_params(extensive=False),
    )
    if document is None:
        return Page((), {})
    blocks = list(_blocks(document.body))
    if sum(len(b.text) for b in blocks) < _MIN_ARTICLE_CHARS:
        return Page((), {})
    fields = _fields(document)
    if fields.get("title") and not any(b.hint == "title" for b in blocks):
        blocks.insert(0, Block(fields["title"], "title"))  # the headline sat outside the body
    return Page(tuple(blocks), fields)


def _without_unsafe_references(html: str) -> str:
    """The page without references to the characters sanitising removes (`&#27;`): the
    parser would make them control characters, which the extractor's XML cannot hold."""

    def keep(match: re.Match) -> str:
        hex_digits, digits = match.groups()
        code = int(hex_digits, 16) if hex_digits else int(digits)
        return match.group() if code > 0x10FFFF or sanitize(chr(code)) else ""

    return _CHARACTER_REFERENCE.sub(keep, html)


def _fields(document) -> dict[str, str]:
    """The page's details, in the names front matter uses; the site name is the source."""
    found = {
        "title": document.title,
        "source": document.sitename or document.hostname,
        "date": document.date,
        "author": document.author,
        "url": document.url,
    }
    fields = {k: text for k, v in found.items() if v and (text := _clean(v))}
    if _is_site_name(fields.get("title", ""), fields.get("source", "")):
        del fields["title"]  # a page whose <title> names only the site has no headline
    return fields


def _is_site_name(title: str, site: str) -> bool:
    return bool(title) and title.strip(" |-–—:·").casefold() == site.casefold()


def _blocks(body) -> Iterator[Block]:
    if body is None:
        return
    titled = False
    for element, text in _texts(body):
        hint = _hint(element, titled)
        titled = titled or hint == "title"
        yield Block(text, hint)


def _texts(element) -> Iterator[tuple[object, str]]:
    """Each block element with its own text (inline children included), in reading order;
    a block nested in another (a list in an item) is its own, and splits the text around it."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in _INLINE:
            parts.append(_inline_text(child))
        else:
            yield from _flush(element, parts)
            parts = []
            yield from _texts(child)
        parts.append(child.tail or "")
    yield from _flush(element, parts)


def _inline_text(child) -> str:
    if child.tag == "lb":
        return _BREAK
    separator = _CELL_SEPARATOR if child.tag == "cell" and child.getprevious() is not None else ""
    return separator + "".join(child.itertext())


def _flush(element, parts: list[str]) -> Iterator[tuple[object, str]]:
    for paragraph in _PARAGRAPH_BREAK.split("".join(parts)):
        if text := _clean(paragraph.replace(_BREAK, " ")):
            yield element, text


def _clean(text: str) -> str:
    """One line of safe text: the page's characters sanitised as a text file's, spaces folded."""
    return " ".join(sanitize(text).split())


def _hint(element, titled: bool) -> Hint:
    if element.tag == "code":
        return "code"
    if element.tag != "head":
        return ""
    return "title" if element.get("rend") == "h1" and not titled else "heading"
