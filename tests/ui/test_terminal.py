"""The installed command in a real terminal: tmux at 80x24, keys sent, the screen read."""

import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def screen(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session)


def wait_for(session: str, text: str, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        shown = screen(session)
        if text in shown:
            return shown
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared:\n{screen(session)}")


def test_parallax_in_tmux_at_80x24(tmp_path):
    session = f"parallax-test-{time.monotonic_ns()}"
    status = tmp_path / "status"
    command = f"{sys.executable} -m tui; echo $? > {status}"
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", "-c", str(tmp_path),
         "env", "TERM=xterm-256color", "sh", "-c", command)
    try:
        shown = wait_for(session, "divergence")  # "analysed … · 3 divergences"
        assert "◆" in shown and "5 articles" in shown
        lines = shown.splitlines()
        assert len(lines) <= 24 and all(len(line) <= 80 for line in lines)
        tmux("send-keys", "-t", session, "]")
        wait_for(session, "divergence 1/")
        tmux("send-keys", "-t", session, "?")
        wait_for(session, "Marks in the gutter")
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 10
        while not status.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
