"""Bytes -> text: BOMs, UTF-8 (its stray bytes repaired), and legacy code pages detected with
charset-normalizer."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Languages whose legacy Windows code page is cp1250 rather than cp1252.
_CENTRAL_EUROPEAN = {"Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Slovene", "Romanian"}


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


class Decoded(NamedTuple):
    text: str
    encoding: str
    repair: str = ""  # what was mended in a UTF-8 file, said to the user: "3 bytes not UTF-8, read as cp1252"


# Stray bytes in a UTF-8 file are most often Windows-1252 text pasted in ("caf\xe9").
REPAIR_CODEC = "cp1252"
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")


def decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as err:
                raise UndecodableError(f"invalid {encoding} after its byte-order mark") from err
    if b"\x00" in data:
        raise UndecodableError("binary file (contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and _cut_utf8(data, err.start):
            return Decoded(data[:err.start].decode("utf-8"), "utf-8",
                           f"ends inside a character: its last {_bytes(len(data) - err.start)} left out")
    return _repaired_utf8(data) or _legacy(data)


def _cut_utf8(data: bytes, start: int) -> bool:
    """The bytes from `start` to the end are a UTF-8 character cut short: two or more of it, or
    one where the file writes other characters in UTF-8. A single last byte of a file that has
    none is a legacy code page's letter ("caf\xe9")."""
    return len(data) - start >= 2 or any(b >= 0x80 for b in data[:start])


def _bytes(n: int) -> str:
    return f"{n} byte{'s' * (n > 1)}"


def _repaired_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes: fewer of them than characters written in UTF-8 (a file
    in a legacy code page has next to none of those). The stray bytes are read as cp1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(len(run) for run in _STRAY_BYTES.findall(text))
    written = sum(1 for c in text if c > "\x7f") - stray
    if written <= stray:
        return None
    return Decoded(_STRAY_BYTES.sub(_as_legacy, text), "utf-8", f"{_bytes(stray)} not UTF-8, read as {REPAIR_CODEC}")


def _as_legacy(run: re.Match) -> str:
    return bytes(ord(c) - 0xDC00 for c in run.group()).decode(REPAIR_CODEC, errors="replace")


def _legacy(data: bytes) -> Decoded:
    encoding = _guess_legacy(data)
    return Decoded(data.decode(encoding, errors="replace"), encoding)


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only paid for when a file is not UTF-8

    matches = list(from_bytes(data))
    if not matches:
        raise UndecodableError("binary file or unknown text encoding")
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    # Short Western texts decode without chaos in several Latin code pages; the
    # detected language tells which one the writer most likely used.
    for m in tied:
        if m.encoding in ("cp1250", "iso8859_2") and m.language in _CENTRAL_EUROPEAN and not _lone_letters(str(m)):
            return m.encoding
    for m in tied:
        if m.encoding in ("cp1252", "latin_1", "iso8859_15"):
            return m.encoding
    return tied[0].encoding


# What cp1250 reads for bytes that cp1252 reads as à, è, ì, ò, ù, ñ, å…: no language written
# in cp1250 has any of them as a word of its own, while "à" and "è" are among the commonest
# words of French, Italian and Portuguese (French detected as Hungarian read "ŕ Genčve").
_LONE_CENTRAL_LETTER = re.compile(r"(?<!\w)[ŕĺčěňřůďđćńęăőűţ](?!\w)", re.IGNORECASE)


def _lone_letters(text: str) -> int:
    return len(_LONE_CENTRAL_LETTER.findall(text))
