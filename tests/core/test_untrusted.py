"""Text Parallax did not write (file and folder names, titles, front matter, config values,
error messages) is shown safely wherever it goes: the export, and standard error."""

import json
import os
import subprocess
import sys

from hypothesis import event, given
from hypothesis import strategies as st

from tui.core.compare import compare
from tui.core.export import to_json, to_markdown
from tui.core.ingest import load_corpus
from tui.core.sanitize import json_safe, visible

from ..hostile import UNSAFE, bodies, encodings, examples, hostile_text, name_bytes, write_corpus


def test_visible_shows_each_unsafe_character_as_less_does():
    assert visible("a\x1b]0;pwned\x07b") == "a^[]0;pwned^Gb"
    assert visible("x\x7f\x9b\u202ey\u200b\n\t") == "x^?<U+009B><U+202E>y<U+200B>^J^I"
    assert visible(os.fsdecode(b"caf\xe9.txt")) == "caf<E9>.txt"
    assert visible("[/] plain é 日本") == "[/] plain é 日本"


def test_json_keeps_the_value_and_escapes_what_a_terminal_acts_on():
    value = "a\x85b\u202ec\x7f\U000e0041"
    dumped = json_safe(json.dumps(value, ensure_ascii=False))
    assert json.loads(dumped) == value and not UNSAFE.search(dumped)


@examples("PARALLAX_HOSTILE_EXAMPLES", 40)
@given(st.lists(name_bytes, min_size=1, max_size=4, unique=True), st.lists(hostile_text, min_size=4, max_size=4),
       st.lists(bodies, max_size=4), encodings)
def test_hostile_names_and_titles_reach_the_export_shown_safely(tmp_path_factory, names, titles, texts, encoding):
    """Also the fuzz run: PARALLAX_HOSTILE_EXAMPLES=600 for 600 random corpora."""
    folder = tmp_path_factory.mktemp("hostile")
    write_corpus(folder, names, titles, texts, encoding)
    articles, problems = load_corpus([folder])
    event(f"{len(articles)} articles read")  # the fuzz run's figures: --hypothesis-show-statistics
    assert all(not UNSAFE.search(str(p)) and "\n" not in str(p) for p in problems)
    if not articles:
        return
    comparison = compare(articles)
    assert all(comparison.rows_for(a.id) for a in articles)  # every pivot the reader may choose
    text = to_json(comparison)
    assert not UNSAFE.search(text)
    doc = json.loads(text)
    ids = [a["id"] for a in doc["articles"]]
    assert len(set(ids)) == len(ids)
    for a in doc["articles"]:
        for field in ("id", "path", "title", "source", "author"):
            assert not UNSAFE.search(a[field]) and "\n" not in a[field]
    report = to_markdown(comparison)
    assert not UNSAFE.search(report)
    # every line opens with Parallax's own words or marks, never with the articles' text
    own = ("#", "|", "-", "  -", "`", "Outlets by number (", "Facts that at least half")
    assert all(line.startswith(own) or not line for line in report.splitlines())


def test_a_bad_file_named_to_retitle_the_terminal_is_one_safe_line_on_stderr(tmp_path):
    bad = os.path.join(os.fsencode(tmp_path), b"\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\xff.txt")
    open(bad, "wb").close()  # empty: refused, and named in the message
    run = subprocess.run([sys.executable, "-m", "tui", "export", str(tmp_path)], capture_output=True)
    assert run.returncode == 2
    assert run.stderr.decode() == f"parallax: {tmp_path}/^[]0;pwned^G^[]52;c;cHduZWQ=^G<FF>.txt: empty file\n"


def test_a_hostile_argument_in_a_usage_error_is_shown_safely():
    run = subprocess.run([sys.executable, "-m", "tui", "export", "--\x1b]0;pwned\x07"], capture_output=True, text=True)
    assert run.returncode == 2
    assert "unrecognized arguments: --^[]0;pwned^G" in run.stderr and "\x1b" not in run.stderr
