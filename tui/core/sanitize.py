"""Make untrusted article text safe to show in a terminal, keeping every printable character."""

from __future__ import annotations

import re
import unicodedata

# C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides, isolates
# and marks; zero-width spaces, joiners and the BOM used as a zero-width no-break space.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u200b-\u200d\u2060-\u2064\ufeff]"
)
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")


def sanitize(text: str) -> str:
    """NFC, line breaks unified to \\n, control/bidi/zero-width characters removed."""
    text = _LINE_BREAKS.sub("\n", text)
    return unicodedata.normalize("NFC", _UNSAFE.sub("", text))
