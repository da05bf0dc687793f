"""`parallax serve`: the reader in a web browser, through textual-serve.

textual-serve starts one reader process per browser tab and relays its screen over a
websocket. It has no login: anyone who can reach the address reads the articles, hence
127.0.0.1 unless the user asks otherwise.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000


def reader_command(paths: list[str], recursive: bool) -> str:
    """The shell command of one reader on these paths; every word quoted, the paths after
    `--` so that a file named like an option stays a file."""
    words = [sys.executable, "-m", "tui", *(["-r"] if recursive else []), "--"]
    return shlex.join(words + [str(Path(p).absolute()) for p in paths])


def serve(paths: list[str], recursive: bool, host: str, port: int, public_url: str | None = None) -> None:
    """Serve the reader until interrupted; OSError when the address cannot be listened on.
    `public_url` is where browsers reach the server, when not at http://host:port: the page
    tells them the websocket's address from it."""
    from textual_serve.server import Server  # import cost only for `parallax serve`

    command = reader_command(paths, recursive)
    Server(command, host=host, port=port, title="Parallax", public_url=public_url).serve()
