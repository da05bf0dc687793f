"""The reader as a terminal sees it: time to first frame, key-to-repaint latency, bytes per key.

    python benchmarks/bench_reader.py [--runs 5] [--keys 30]

Each program runs in a pseudo-terminal. Time to first frame: from starting the process to
the moment its first frame has been written (the bare app's Static; Parallax's key hints),
and for Parallax the moment the articles are on it (a column's title); Parallax on the sample
corpus is measured against a bare Textual app with a Header, a Static and a Footer started
the same way. Key latency: from writing a key to the first byte of the repaint, at 200x50 with five
columns. Bytes: what one `j` writes at 120x40. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import termios
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_APP = textwrap.dedent("""
    from textual.app import App
    from textual.widgets import Footer, Header, Static

    class Bare(App):
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self):
            yield Header()
            yield Static("Hello")
            yield Footer()

    Bare().run()
""")


class Terminal:
    """A program in a pseudo-terminal of a given size."""

    def __init__(self, argv: list[str], width: int, height: int):
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update(TERM="xterm-256color", TEXTUAL_ANIMATIONS="none", COLUMNS=str(width), LINES=str(height))
            os.chdir(ROOT)
            os.execv(argv[0], argv)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.pid, self.fd = pid, fd
        self.output = b""

    def read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return b""
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            return b""
        self.output += chunk
        return chunk

    def wait_for(self, text: bytes, timeout: float = 30) -> float:
        """Seconds from start until `text` has been written."""
        deadline = time.perf_counter() + timeout
        while text not in self.output:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{text!r} not seen")
            self.read(0.05)
        return time.perf_counter() - self.started

    def settle(self, quiet: float = 0.15) -> int:
        """Read until nothing comes for `quiet` seconds; the bytes read."""
        total = 0
        while chunk := self.read(quiet):
            total += len(chunk)
        return total

    def key(self, key: str) -> tuple[float, int]:
        """(seconds to the first byte of the repaint, bytes written) for one key."""
        self.settle()
        sent = time.perf_counter()
        os.write(self.fd, key.encode())
        first = self.read(2.0)
        latency = time.perf_counter() - sent
        return latency, len(first) + self.settle()

    def close(self) -> None:
        os.write(self.fd, b"q")
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
            self.read(0.05)
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


CORPUS: list[str] = []  # the corpus to open (default: the bundled sample)


def parallax(width: int, height: int) -> Terminal:
    return Terminal([sys.executable, "-m", "tui", *CORPUS], width, height)


def first_frames(runs: int) -> tuple[float, float, float]:
    """Medians: the bare app's first frame, ours, and ours with the articles on screen."""
    bare_script = Path(os.environ.get("TMPDIR", "/tmp")) / "parallax_bare_app.py"
    bare_script.write_text(BARE_APP)
    bare, ours, text = [], [], []
    for _ in range(runs):
        t = Terminal([sys.executable, str(bare_script)], 120, 40)
        bare.append(t.wait_for(b"Hello"))  # its first frame: Footer adds its keys a frame later
        t.close()
        t = parallax(120, 40)
        ours.append(t.wait_for(b"Pivot"))
        text.append(t.wait_for("◆".encode()))  # the pivot's column title: the articles are laid out
        t.close()
    return statistics.median(bare), statistics.median(ours), statistics.median(text)


def key_latencies(keys: int) -> dict[str, list[float]]:
    t = parallax(200, 50)
    t.wait_for(b"analysed", timeout=120)
    out: dict[str, list[float]] = {"j": [], "]": [], "n": [], ">": []}
    for _ in range(keys):
        out["j"].append(t.key("j")[0])
    for _ in range(keys):
        out["]"].append(t.key("]")[0])
    for key in "/losik\r":
        t.key(key)
    for _ in range(keys):
        out["n"].append(t.key("n")[0])
    for _ in range(keys):
        out[">"].append(t.key(">")[0])  # page the columns
    t.close()
    return out


def bytes_per_j(presses: int = 10) -> int:
    t = parallax(120, 40)
    t.wait_for(b"analysed")
    sizes = [t.key("j")[1] for _ in range(presses)]
    t.close()
    return int(statistics.median(sizes))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keys", type=int, default=30)
    ap.add_argument("--corpus", help="a folder of articles to open instead of the sample")
    ap.add_argument("--only-keys", action="store_true", help="measure key latency only")
    args = ap.parse_args()
    if args.corpus:
        CORPUS.append(args.corpus)
    if args.only_keys:
        args.runs = 0
    bare, ours, text = first_frames(args.runs) if args.runs else (float("nan"),) * 3
    print(f"first frame (median of {args.runs}): bare Textual app {bare * 1000:.0f} ms, "
          f"parallax {ours * 1000:.0f} ms, ratio {ours / bare:.2f}; articles on screen at {text * 1000:.0f} ms, "
          f"ratio {text / bare:.2f}")
    for key, times in key_latencies(args.keys).items():
        ms = sorted(1000 * x for x in times)
        print(f"key {key!r} to repaint at 200x50, 5 columns: median {statistics.median(ms):.1f} ms, "
              f"p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms")
    if not args.only_keys:
        print(f"bytes written for one 'j' at 120x40: {bytes_per_j()} (a full 120x40 frame is ~{120 * 40 * 10} with styles)")


if __name__ == "__main__":
    main()
