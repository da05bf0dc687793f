"""Text Parallax did not write, made safe to show in a terminal.

Two rules over one set of characters that can move the cursor, retitle the terminal, write
the clipboard, reorder what is shown or hide in it: control characters (C0, DEL, C1), bidi
embeddings, overrides, isolates and marks, zero-width characters, line and paragraph
separators, Unicode tag characters, and lone surrogates (bytes of a file name that were not
UTF-8). Article *text* loses them when it is read (`sanitize`); a *name* (a file or folder
name, a title, an author, a config value, an error message) shows each of them as `less`
does (`visible`), since a name whose characters were dropped could pass for another.
"""

from __future__ import annotations

import json
import re
import unicodedata

_INVISIBLE = (
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"  # bidi and zero-width
    "\u2028\u2029"  # line and paragraph separators
    "\U000e0000-\U000e007f"  # tags: invisible copies of ASCII
)
_CONTROLS = "\x00-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_UNSAFE = re.compile(f"[{_CONTROLS}{_INVISIBLE}{_SURROGATES}]")
# Article text keeps its tabs and newlines, once every kind of line break is a newline.
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}{_SURROGATES}]")
_BREAKS = "\r\u2028\u2029\x85"  # every kind of line break but the newline
_LINE_BREAKS = re.compile(f"\r\n?|[{_BREAKS[1:]}]")
# Outside its strings json.dumps writes only ASCII, so these can only be inside a string.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f{_INVISIBLE}{_SURROGATES}]")


def sanitize(text: str) -> str:
    """Article text: NFC, line breaks unified to \\n, the unsafe characters removed."""
    return unicodedata.normalize("NFC", _UNSAFE_IN_TEXT.sub("", unify_line_breaks(text)))


def unify_line_breaks(text: str) -> str:
    if not any(brk in text for brk in _BREAKS):  # most files: a scan, not the regex's walk
        return text
    return _LINE_BREAKS.sub("\n", text)


def visible(text: str) -> str:
    """A name on one line, every unsafe character shown: ^[ for ESC, ^? for DEL, <U+202E>
    for a bidi override, <FF> for a byte of a file name that was not UTF-8."""
    return unicodedata.normalize("NFC", _UNSAFE.sub(_shown, text))


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return "^" + chr(code + 0x40)
    if code == 0x7F:
        return "^?"
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"<{code - 0xDC00:02X}>"
    return f"<U+{code:04X}>"


def json_safe(dumped: str) -> str:
    """JSON text from json.dumps(ensure_ascii=False) with the unsafe characters it leaves raw
    (DEL, C1, bidi, zero-width, lone surrogates) written as \\u escapes: the same value for a
    JSON reader, nothing a terminal acts on when the JSON is printed."""
    return _UNSAFE_IN_JSON.sub(lambda m: json.dumps(m.group())[1:-1], dumped)
