"""The installed command in a real terminal: tmux, keys sent, the screen read."""

import random
import re
import shlex
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from ..conftest import ROOT, SAMPLE
from .tmux import Tmux, tmux_server, wait

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

SESSION = "parallax"


class Run:
    """Parallax running in a tmux session; `status()` is its exit status once it ended."""

    def __init__(self, tmux: Tmux, status: Path):
        self.tmux, self._status = tmux, status

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", SESSION, *keys)

    def screen(self, *flags: str) -> str:
        return self.tmux.screen(SESSION, *flags)

    def wait_for(self, text: str, seconds: float = 20) -> str:
        """The screen, once `text` is on it."""
        shown = ""

        def appeared() -> bool:
            nonlocal shown
            shown = self.screen()
            return text in shown

        wait(appeared, seconds, lambda: f"{text!r} never appeared:\n{shown}")
        return shown

    def status(self, seconds: float = 10) -> str | None:
        deadline = time.monotonic() + seconds
        while not self._status.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        return self._status.read_text().strip() if self._status.exists() else None


@contextmanager
def parallax(tmp_path: Path, *args: str, size=(80, 24), stdin: str = "", env: dict[str, str] | None = None):
    """Parallax in a terminal of `size`, with its own config, state and cache; the pane stays
    open after it ends, so that a traceback can be read."""
    status = tmp_path / "status"  # written whole (renamed into place): never read half-written
    home = {f"XDG_{d}_HOME": str(tmp_path / d.lower()) for d in ("CONFIG", "STATE", "CACHE", "DATA")}
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in {"TERM": "xterm-256color", **home, **(env or {})}.items())
    # COLUMNS and LINES, if the tmux server has them, would say a size other than the pane's
    command = f"env -u COLUMNS -u LINES {env} {shlex.quote(sys.executable)} -m tui {shlex.join(args)} {stdin}; echo $? > {status}.part; mv {status}.part {status}; sleep 60"
    with tmux_server() as tmux:
        tmux("new-session", "-d", "-s", SESSION, "-x", str(size[0]), "-y", str(size[1]), "-c", str(ROOT),
             "sh", "-c", command)
        yield Run(tmux, status)


def test_parallax_in_tmux_at_80x24(tmp_path):
    with parallax(tmp_path) as run:
        shown = run.wait_for("divergence")  # "analysed … · 3 divergences"
        assert "◆" in shown and "5 articles" in shown
        lines = shown.splitlines()
        assert len(lines) <= 24 and all(len(line) <= 80 for line in lines)
        run.keys("]")
        run.wait_for("divergence 1/")
        run.keys("?")
        run.wait_for("Marks in the gutter")
        run.keys("Escape")
        time.sleep(0.3)
        run.keys("q")
        assert run.status() == "0"


def test_movement_keys_before_200_articles_are_read_do_not_crash(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_corpus import generate

    corpus = tmp_path / "corpus"
    generate(corpus, articles=200, paragraphs=10, seed=3)
    with parallax(tmp_path, str(corpus)) as run:
        for _ in range(20):
            run.keys("j", "g", "G", "Space", "l", "p", "]", "c", "Escape")
        run.wait_for("articles analysed", seconds=90)
        run.keys("j", "q")
        assert run.status() == "0", run.screen()


def test_quitting_while_the_analysis_runs_ends_the_process_at_once(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_corpus import generate

    corpus = tmp_path / "corpus"
    generate(corpus, articles=400, paragraphs=40, seed=4)  # about ten seconds of analysis
    with parallax(tmp_path, str(corpus)) as run:
        run.wait_for("analysing", seconds=60)
        run.keys("q")
        # Textual needs a moment to shut down beside a busy thread, but not the analysis's time
        assert run.status(seconds=4) == "0", run.screen()


@pytest.mark.parametrize("size", [(3, 3), (1, 1)])
def test_any_key_in_a_tiny_terminal_does_not_crash(tmp_path, size):
    with parallax(tmp_path, size=size) as run:
        run.wait_for("enlarge the terminal"[:size[0]])  # as much as the cover can show
        for key in ("j", "G", "l", "c", "PageUp", "Enter", "/", "e", "Tab", "M", "?", "C-p", "Escape"):
            run.keys(key)
        time.sleep(1)
        assert run.status(0) is None, "it ended"
        run.tmux("resize-window", "-t", SESSION, "-x", "80", "-y", "24")
        run.wait_for("◆")
        run.keys("q")
        assert run.status() == "0", run.screen()


KEYS = [*"jkgGhlpmzecnNMSbuyx/?123456789<>[]{}aZ", "Space", "Tab", "Escape", "Enter", "Up", "Down", "Left",
        "Right", "PageUp", "PageDown", "Home", "End", "BSpace", "C-p"]


def test_2000_random_keys_at_the_sample_do_not_crash(tmp_path):
    rng = random.Random(14)
    with parallax(tmp_path, size=(120, 36)) as run:
        run.wait_for("divergence")
        for _ in range(20):
            run.keys(*(rng.choice(KEYS) for _ in range(100)))
            time.sleep(0.2)
        time.sleep(2)
        # Still running, or quit cleanly: the palette's own "Quit" command can be typed and
        # chosen by random keys (ctrl+p, u, Enter) — a user's choice, not a crash.
        assert run.status(0) in (None, "0"), run.screen()
        assert "Traceback" not in run.screen()


def test_without_a_terminal_it_says_so_and_exits_2(tmp_path):
    with parallax(tmp_path, str(SAMPLE), stdin="< /dev/null") as run:
        assert run.status() == "2"
        assert "parallax needs a terminal; use `parallax export` for scripts" in run.screen()


def test_no_color_gives_only_the_terminals_default_colours(tmp_path):
    with parallax(tmp_path, size=(100, 30), env={"NO_COLOR": "1"}) as run:
        run.wait_for("divergence")
        run.keys("]")
        run.wait_for("divergence 1/")
        shown = run.screen("-e")
        assert "\x1b[" in shown  # bold, italic, reverse still mark the meaning
        assert not re.search(r"\x1b\[[0-9;]*[34]8;", shown), "a colour came through"
