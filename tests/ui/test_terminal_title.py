"""In a real terminal (tmux), files named to retitle the terminal (OSC 0) or write its
clipboard (OSC 52) do neither: not in the export, its error messages, nor the reader."""

import os
import shutil
import sys

import pytest

from ..hostile import write_corpus
from .tmux import Tmux, tmux_server, wait

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cHduZWQ=\x07"


def title(tmux: Tmux) -> str:
    return tmux("display", "-p", "-t", "t", "#{pane_title}").strip()


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
    with tmux_server() as run:
        run("new-session", "-d", "-s", "t", "-x", "120", "-y", "30", "-c", str(tmp_path / "work"),
            "env", "TERM=xterm-256color", *(f"{k}={v}" for k, v in os.environ.items() if k.startswith("XDG_")),
            "sh", "-c", script)
        run("set-option", "-g", "set-clipboard", "on")
        run("select-pane", "-t", "t", "-T", "original")
        (tmp_path / "go").touch()
        wait(lambda: "analysed" in run.screen("t"))
        assert title(run) == "original"
        run("send-keys", "-t", "t", "q")
        wait(status.exists)
        assert title(run) == "original"
        assert run("list-buffers").strip() == ""
        (tmp_path / "go2").touch()  # the terminal does obey a title sequence from that pane
        wait(lambda: title(run) == "harness")


def test_markup_in_the_users_config_is_a_warning_shown_as_written(tmp_path):
    config = tmp_path / "config" / "parallax" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[reader]\ntheme = "[/]"\n')
    with tmux_server() as run:
        run("new-session", "-d", "-s", "t", "-x", "120", "-y", "30", "env", "TERM=xterm-256color",
            f"XDG_CONFIG_HOME={tmp_path / 'config'}", f"XDG_STATE_HOME={tmp_path}", f"XDG_CACHE_HOME={tmp_path}",
            sys.executable, "-m", "tui")
        # the warning is a toast of a few seconds, shown before the analysis: looked for first
        wait(lambda: "no theme called '[/]'" in run.screen("t"))
        wait(lambda: "analysed" in run.screen("t"))
