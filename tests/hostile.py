"""Hostile names and texts: what a file's name, title or front matter may hold to attack a
terminal (escape sequences, controls, bidi and zero-width characters, bytes that are not
UTF-8) or a markup parser; and corpora of such files written to disk."""

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

ATTACKS = [
    "\x1b]0;pwned\x07",  # OSC 0: retitle the terminal
    "\x1b]52;c;cHduZWQ=\x07",  # OSC 52: write the clipboard
    "\x1b[2J\x1b[H",  # clear the screen, cursor home
    "\x9b2J", "\x9d0;pwned\x9c",  # the same in C1
    "\x07", "\r", "\n", "\t", "\x7f", "\x08",
    "\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\U000e0041",
    "[/]", "[@click=app.quit]click[/]", "[Video]", "[b]", "[$x]", "\\", "*", "#", "|", "`",
]
WORDS = ["Harbour", "strike", "Mira", "Oaklen", "talks", "ended", "é", "日本"]

name_pieces = st.one_of(st.sampled_from(ATTACKS + WORDS), st.text(max_size=4))
hostile_text = st.lists(name_pieces, min_size=1, max_size=8).map("".join)
# File names as bytes: any of the above, and bytes that are not UTF-8.
name_bytes = st.lists(
    st.one_of(hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.sampled_from([b"\xff", b"\xe9t\xe9", b"\xc3"])),
    min_size=1, max_size=4,
).map(lambda parts: b"".join(parts).replace(b"/", b"_").replace(b"\0", b"_")[:180])

# Article text: the attacks, words, numbers of every size, sentence ends, paragraph breaks.
body_pieces = st.one_of(
    st.sampled_from(ATTACKS + WORDS + [". ", "\n\n", "\n", " ", "1,200", "fifty-two", "3.5%", "9" * 400, "> " * 25, "- "]),
    st.text(max_size=6),
)
bodies = st.lists(body_pieces, max_size=40).map("".join)
encodings = st.sampled_from(["utf-8", "utf-8", "cp1252", "utf-16", "cp1251"])

# What may not reach a terminal: C0 but newline, DEL, C1, bidi, zero-width, separators, tags, surrogates.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                    "\u2066-\u2069\ufeff\u2028\u2029\U000e0000-\U000e007f\ud800-\udfff]")

BODY = ("The harbour workers of Oaklen ended their strike on Monday after talks with the port.\n\n"
        "Mira Tessel, who led the union, said 1,200 members voted to accept the offer.\n")


def write_corpus(folder: Path, names: list[bytes], titles: list[str], bodies: list[str] = (),
                 encoding: str = "utf-8") -> None:
    """One article per name (a .md with front matter, or a .txt), titled with a hostile title,
    the shared story followed by its body, if any."""
    os.makedirs(folder, exist_ok=True)
    for n, (name, title) in enumerate(zip(names, titles)):
        body = BODY + (bodies[n] if n < len(bodies) else "")
        suffix = b".md" if n % 2 else b".txt"
        text = (f"---\ntitle: {title}\nauthor: {title}\nsource: {title}\n---\n\n# {title}\n\n{body}" if n % 2
                else f"{title}\n\n{body}")
        with open(os.path.join(os.fsencode(folder), name + suffix), "wb") as fh:
            fh.write(text.replace("\0", "").encode(encoding, "replace" if encoding != "utf-8" else "surrogatepass"))


def examples(variable: str, default: int):
    """Hypothesis settings for tests that write files: as many examples as the environment
    variable says (a long fuzz run sets it), else `default`."""
    return settings(max_examples=int(os.environ.get(variable, default)), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
