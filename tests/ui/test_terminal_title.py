"""In a real terminal (tmux), files named to retitle the terminal (OSC 0) or write its
clipboard (OSC 52) do neither: not in the export, its error messages, nor the reader."""

import os
import shutil
import subprocess
import sys
import time

import pytest

from ..hostile import write_corpus

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"


def wait(check, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def tmux_server():
    """A tmux server of this test's own, and a function running tmux commands on it."""
    tmux = ["tmux", "-L", f"parallax-untrusted-{os.getpid()}-{time.monotonic_ns()}"]

    def run(*args: str) -> str:
        return subprocess.run([*tmux, *args], capture_output=True, text=True, check=True).stdout.strip()

    return tmux, run


def test_hostile_file_names_neither_retitle_the_pane_nor_write_the_clipboard(tmp_path):
    corpus = os.path.join(os.fsencode(tmp_path / "work"), (OSC_TITLE + "corpus").encode())
    hostile = (OSC_TITLE + OSC_CLIPBOARD).encode()
    write_corpus(corpus, [hostile + b"one", hostile + b"two"], [OSC_TITLE + "title", OSC_CLIPBOARD + "title"])
    open(os.path.join(corpus, hostile + b"empty.txt"), "wb").close()  # refused: named on stderr
    status = tmp_path / "status"
    # The hostile folder is the only thing in work/: the shell names it with *, never quoted.
    script = (f"while [ ! -e {tmp_path}/go ]; do sleep 0.05; done; "
              f"{sys.executable} -m tui export --format md *; {sys.executable} -m tui export *; "
              f"{sys.executable} -m tui *; echo $? > {status}; "
              f"while [ ! -e {tmp_path}/go2 ]; do sleep 0.05; done; printf '\\033]0;harness\\007'; sleep 30")
    tmux, run = tmux_server()
    run("new-session", "-d", "-s", "t", "-x", "120", "-y", "30", "-c", str(tmp_path / "work"),
        "env", "TERM=xterm-256color", *(f"{k}={v}" for k, v in os.environ.items() if k.startswith("XDG_")),
        "sh", "-c", script)
    try:
        run("set-option", "-g", "set-clipboard", "on")
        run("select-pane", "-t", "t", "-T", "original")
        (tmp_path / "go").touch()
        wait(lambda: "analysed" in run("capture-pane", "-p", "-t", "t"))
        assert run("display", "-p", "-t", "t", "#{pane_title}") == "original"
        run("send-keys", "-t", "t", "q")
        wait(status.exists)
        assert run("display", "-p", "-t", "t", "#{pane_title}") == "original"
        assert run("list-buffers") == ""
        (tmp_path / "go2").touch()  # the terminal does obey a title sequence from that pane
        wait(lambda: run("display", "-p", "-t", "t", "#{pane_title}") == "harness")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def test_markup_in_the_users_config_is_a_warning_shown_as_written(tmp_path):
    config = tmp_path / "config" / "parallax" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[reader]\ntheme = "[/]"\n')
    tmux, run = tmux_server()
    run("new-session", "-d", "-s", "t", "-x", "120", "-y", "30", "env", "TERM=xterm-256color",
        f"XDG_CONFIG_HOME={tmp_path / 'config'}", f"XDG_STATE_HOME={tmp_path}", f"XDG_CACHE_HOME={tmp_path}",
        sys.executable, "-m", "tui")
    try:
        # the warning is a toast of a few seconds, shown before the analysis: looked for first
        wait(lambda: "no theme called '[/]'" in run("capture-pane", "-p", "-t", "t"))
        wait(lambda: "analysed" in run("capture-pane", "-p", "-t", "t"))
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
