"""Article text -> paragraph blocks, before they are classified.

Plain text: blank-line separated blocks; inside a block, hard-wrapped lines are joined
and long one-paragraph lines stay apart. Markdown: markdown-it-py's block tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from tui.core.segment import ends_sentence

# "" is plain text, whose structure is guessed; the rest come from Markdown.
Hint = Literal["", "title", "heading", "paragraph", "code", "html"]


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    hint: Hint = ""


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Hard-wrapped prose is at most this wide; wider lines are paragraphs of their own.
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_WIDTH = 40


def text_blocks(text: str) -> list[Block]:
    out = []
    for chunk in _BLANK_LINE.split(text):
        lines = [line.strip() for line in chunk.split("\n")]
        out.extend(Block(p) for p in _unwrap([line for line in lines if line]))
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of a block that a fixed-width wrap broke apart."""
    if len(lines) < 2 or not _looks_wrapped(lines):
        return lines
    width = max(map(len, lines))
    paragraphs, current = [], lines[0]
    for line, following in zip(lines, lines[1:]):
        next_word = following.split()[0]
        ends_early = len(line) + 1 + len(next_word) <= width - 8
        if ends_early and ends_sentence(line, ".!?…:;"):
            paragraphs.append(current)
            current = following
        else:
            current += " " + following
    paragraphs.append(current)
    return paragraphs


def _looks_wrapped(lines: list[str]) -> bool:
    """Wrapped prose: lines of similar width, many continuing a sentence in lower case."""
    width = max(map(len, lines))
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    continued = sum(not line[0].isupper() for line in lines[1:])
    long_lines = sum(len(line) >= 0.6 * width for line in lines[:-1])
    return continued >= 0.3 * (len(lines) - 1) and long_lines >= 0.7 * (len(lines) - 1)


def markdown_blocks(text: str) -> list[Block]:
    from markdown_it import MarkdownIt  # import cost only for Markdown corpora

    parser = MarkdownIt("commonmark")
    tokens = parser.parse(text)
    out: list[tuple[int, Block]] = []  # (first line, block)
    for i, tok in enumerate(tokens):
        if tok.type == "inline" and i and tokens[i - 1].type == "heading_open":
            hint: Hint = "title" if tokens[i - 1].tag == "h1" else "heading"
            out.append((tok.map[0], Block(_inline_text(tok), hint)))
        elif tok.type == "inline":
            out.append((tok.map[0], Block(_inline_text(tok), "paragraph")))
        elif tok.type in ("fence", "code_block"):
            out.append((tok.map[0], Block(tok.content.rstrip("\n"), "code")))
        elif tok.type == "html_block":
            out.append((tok.map[0], Block(tok.content.strip(), "html")))
    if tokens and max(tok.level for tok in tokens) >= parser.options["maxNesting"] - 1:
        out += _beyond_nesting(text, tokens)
        out.sort(key=lambda found: found[0])
    return [b for _, b in out if b.text.strip()]


# Quote and list markers opening a line: what is left of it is its text.
_CONTAINER_MARKS = re.compile(r"^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*")


def _beyond_nesting(text: str, tokens) -> list[tuple[int, Block]]:
    """markdown-it stops reading quotes and lists nested past its limit (20 levels, its guard
    against running out of stack) and drops the rest of the file: the lines no block covers
    are kept as plain text, at their place."""
    covered = {n for tok in tokens if tok.map and tok.type in _COVERING for n in range(*tok.map)}
    lines = text.split("\n")
    kept = [_CONTAINER_MARKS.sub("", line) if n not in covered else "" for n, line in enumerate(lines)]
    out, start = [], 0
    for n, line in enumerate(kept + [""]):
        if not line.strip():
            out += [(start, b) for b in text_blocks("\n".join(kept[start:n]))]
            start = n + 1
    return out


_COVERING = ("inline", "fence", "code_block", "html_block", "hr")


def _inline_text(tok) -> str:
    """The reader's text of an inline token: link and image text kept, markup dropped."""
    parts = []
    for child in tok.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
FRONT_MATTER_KEYS = ("title", "source", "url", "date", "author")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter's flat `key: value` fields we use, and the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields = {}
    for line in m.group(1).split("\n"):
        f = _FIELD.match(line)
        if f and f.group(1).lower() in FRONT_MATTER_KEYS:
            fields[f.group(1).lower()] = _unquote(f.group(2))
    return fields, text[m.end():]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
