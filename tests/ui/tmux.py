"""A tmux server of a test's own. Sharing the default server races: when one test kills its
last session the server exits, and a session the next test opens in that moment fails with
"server exited unexpectedly"."""

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Tmux:
    """Runs tmux commands on one private server (`-L <socket>`)."""

    def __init__(self) -> None:
        self.command = ["tmux", "-L", f"parallax-test-{os.getpid()}-{time.monotonic_ns()}"]

    def __call__(self, *args: str) -> str:
        return subprocess.run([*self.command, *args], capture_output=True, text=True, check=True).stdout

    def screen(self, target: str, *flags: str) -> str:
        return self("capture-pane", "-p", *flags, "-t", target)


@contextmanager
def tmux_server() -> Iterator[Tmux]:
    tmux = Tmux()
    try:
        yield tmux
    finally:
        subprocess.run([*tmux.command, "kill-server"], capture_output=True)


def wait(check: Callable[[], object], seconds: float = 30, failing: Callable[[], str] = lambda: "timed out") -> None:
    """Poll `check` until it holds; past `seconds`, fail saying `failing()`."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, failing()
        time.sleep(0.1)
