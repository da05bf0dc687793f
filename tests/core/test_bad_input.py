"""Input that once ended in a traceback or lost text: each is read, or is one line on
standard error with the right exit status."""

import json
import os
import subprocess
import sys

import pytest

from tui.core.blocks import markdown_blocks
from tui.core.decode import decode
from tui.core.text import number_value

from ..conftest import SAMPLE

STORY = "The harbour workers of Oaklen ended their strike on Monday after talks with the port authority."


def export(*args: str, **kwargs):
    return subprocess.run([sys.executable, "-m", "tui", "export", *args], capture_output=True, text=True, **kwargs)


def test_numbers_past_what_a_float_holds_are_no_numbers():
    assert number_value("9" * 308) == int("9" * 308)
    assert [number_value(n) for n in ("9" * 309, "9" * 4300, "9" * 5000, "9" * 400 + ".5")] == [None] * 4


def test_a_corpus_of_huge_numbers_exports(tmp_path):
    for digits in (309, 1000, 4300, 5000):
        (tmp_path / f"n{digits}.txt").write_text(f"{STORY} It cost {'9' * digits} million dollars, 1.{'5' * digits}%.")
    run = export(str(tmp_path))
    assert (run.returncode, run.stderr) == (0, "")
    assert len(json.loads(run.stdout)["articles"]) == 4


def test_files_of_one_stem_get_distinct_ids(tmp_path):
    (tmp_path / "story.md").write_text(STORY)
    (tmp_path / "story.txt").write_text(STORY + " A second telling.")
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"{STORY} Told in {sub}.")
    run = export("-r", str(tmp_path))
    assert (run.returncode, run.stderr) == (0, "")
    assert [a["id"] for a in json.loads(run.stdout)["articles"]] == ["a/x", "b/x", "story.md", "story.txt"]


def test_a_file_name_that_is_not_utf8(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9 \xff.txt"), "wb") as fh:
        fh.write(STORY.encode())
    run = export(str(tmp_path))
    assert (run.returncode, run.stderr) == (0, "")
    assert [a["id"] for a in json.loads(run.stdout)["articles"]] == ["caf<E9> <FF>"]


def test_a_huge_file_is_refused_by_its_size_and_never_read(tmp_path):
    (tmp_path / "ok.txt").write_text(STORY)
    with open(tmp_path / "huge.txt", "wb") as fh:
        fh.truncate(3 * 2**30)  # sparse: 3 GB that cost no disk
    # Under a 1 GB address-space limit: reading or hashing it whole would fail.
    run = subprocess.run(["sh", "-c", f"ulimit -v 1000000; exec {sys.executable} -m tui export {tmp_path}"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0
    assert run.stderr == f"parallax: warning: {tmp_path / 'huge.txt'}: file is 3221.2 MB; articles over 20 MB are refused (skipped)\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("fmt", ["json", "md"])
def test_export_onto_a_full_disk_is_one_line_and_exit_1(fmt):
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "tui", "export", "--format", fmt, str(SAMPLE)],
                             stdout=full, stderr=subprocess.PIPE, text=True)
    assert run.returncode == 1
    assert run.stderr == "parallax: standard output: cannot write: No space left on device\n"


def test_markdown_nested_deeper_than_the_parser_goes_loses_nothing():
    depth = 12
    nested = "".join("  " * i + f"- level {i}\n" for i in range(depth))
    text = f"# Title\n\n{'> ' * 40}A quote forty deep.\n\n{nested}\nThe last paragraph.\n"
    blocks = [b.text for b in markdown_blocks(text)]
    assert blocks == ["Title", "A quote forty deep.", *(f"level {i}" for i in range(depth)), "The last paragraph."]


def test_french_in_latin1_is_not_read_as_central_european():
    french = "Elle est arrivée à Tarnelle après la réunion, où les délégués ont voté à main levée."
    assert decode(french.encode("latin-1")).text == french


def test_utf8_with_a_few_stray_bytes_is_read_with_a_warning(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(f"{STORY} Naïve délégués — «quoted».".encode() + b" A caf\xe9 and cr\xe8me.")
    run = export(str(tmp_path))
    assert run.returncode == 0
    assert run.stderr == f"parallax: warning: {tmp_path / 'mixed.txt'}: 2 bytes not UTF-8, read as cp1252\n"
    [article] = json.loads(run.stdout)["articles"]
    assert article["encoding"] == "utf-8" and "A café and crème." in article["paragraphs"][0]["text"]


def test_a_file_cut_inside_a_character_is_utf8_with_a_warning(tmp_path):
    (tmp_path / "cut.txt").write_bytes(f"{STORY} It ended with a dash —".encode()[:-1])
    run = export(str(tmp_path))
    assert run.returncode == 0
    assert run.stderr == (f"parallax: warning: {tmp_path / 'cut.txt'}: "
                          "ends inside a character: its last 2 bytes left out\n")
    [article] = json.loads(run.stdout)["articles"]
    assert article["encoding"] == "utf-8" and article["paragraphs"][0]["text"].endswith("with a dash")
