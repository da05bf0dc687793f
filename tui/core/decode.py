"""Bytes -> text: BOMs, UTF-8, and legacy code pages detected with charset-normalizer."""

from __future__ import annotations

import codecs

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


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise UndecodableError(f"invalid {encoding} after its byte-order mark") from err
    if b"\x00" in data:
        raise UndecodableError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _guess_legacy(data)
    return data.decode(encoding, errors="replace"), encoding


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
        if m.encoding in ("cp1250", "iso8859_2") and m.language in _CENTRAL_EUROPEAN:
            return m.encoding
    for m in tied:
        if m.encoding in ("cp1252", "latin_1", "iso8859_15"):
            return m.encoding
    return tied[0].encoding
