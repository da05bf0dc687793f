import os
from pathlib import Path

import pytest

from tui.core.ingest import MAX_BYTES, load_corpus

from ..conftest import SAMPLE


def load(*paths, recursive=False):
    return load_corpus(list(paths), recursive)


def write(path: Path, content, encoding="utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def test_sample_corpus_loads_every_file_with_stems_as_ids(sample_articles):
    assert [a.id for a in sample_articles] == sorted(p.stem for p in SAMPLE.glob("*.txt"))
    assert all(a.encoding == "utf-8" for a in sample_articles)


def test_long_lines_of_one_block_are_paragraphs_of_their_own(sample_articles):
    one_block = sample_articles[1]  # written as one long line per paragraph, no blank lines
    assert len(one_block.paragraphs) == 8
    first_line = (SAMPLE / f"{one_block.id}.txt").read_text(encoding="utf-8").splitlines()[0]
    assert one_block.paragraphs[0].text == first_line.strip()  # the dateline's line, alone


def test_hard_wrapped_text_is_joined_and_blank_lines_separate(tmp_path):
    text = (
        "The delegation arrived in the capital on Monday morning and was\n"
        "met at the airport by the deputy foreign minister, who said the\n"
        "talks would last two days.\n\n"
        "Officials said the prisoners were in good health and would be\n"
        "released once the paperwork was complete.\n"
    )
    [article], problems = load(write(tmp_path / "wrapped.txt", text))
    assert not problems
    assert [p.text for p in article.paragraphs] == [
        "The delegation arrived in the capital on Monday morning and was met at the airport by the "
        "deputy foreign minister, who said the talks would last two days.",
        "Officials said the prisoners were in good health and would be released once the paperwork was complete.",
    ]


def test_short_lines_of_a_block_are_not_joined(tmp_path):
    [article], _ = load(write(tmp_path / "a.txt", "Updated on\n2 min read\nThe talks began on Monday in the capital city.\n"))
    assert [p.text for p in article.paragraphs] == ["Updated on", "2 min read", "The talks began on Monday in the capital city."]


def test_crlf_files(tmp_path):
    [article], _ = load(write(tmp_path / "crlf.txt", "Title line\r\n\r\nFirst paragraph here.\r\n"))
    assert [p.text for p in article.paragraphs] == ["Title line", "First paragraph here."]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "cp1251"])
def test_encodings_are_recorded(tmp_path, codec):
    text = "Лукашенко освободил 37 заключённых после обращения президента США.\n\nСреди них журналист Игорь Лосик."
    [article], _ = load(write(tmp_path / "ru.txt", text, codec))
    assert article.paragraphs[-1].text == "Среди них журналист Игорь Лосик."
    assert article.encoding in {codec, "utf_8"} or article.encoding.replace("_", "-") == codec


def test_markdown_structure_and_front_matter(tmp_path):
    md = (
        "---\ntitle: \"Prisoners freed\"\nsource: Example Wire\nurl: https://example.org/a\n"
        "date: 2025-09-11\nauthor: A. Writer\n---\n"
        "# Prisoners freed after talks\n\n"
        "The government **released** 37 prisoners on [Thursday](https://example.org), officials said.\n\n"
        "## Reactions\n\n"
        "- The opposition welcomed the move.\n- Rights groups were cautious.\n\n"
        "> “This is bargaining with freedom,” she said.\n\n"
        "```\nraw [bold]code[/]\n```\n"
    )
    [article], problems = load(write(tmp_path / "story.md", md))
    assert not problems
    assert (article.title, article.source, article.url, article.date, article.author) == (
        "Prisoners freed", "Example Wire", "https://example.org/a", "2025-09-11", "A. Writer")
    got = [(p.kind, p.text) for p in article.paragraphs]
    assert got == [
        ("title", "Prisoners freed after talks"),
        ("body", "The government released 37 prisoners on Thursday, officials said."),
        ("heading", "Reactions"),
        ("body", "The opposition welcomed the move."),
        ("body", "Rights groups were cautious."),
        ("body", "“This is bargaining with freedom,” she said."),
        ("body", "raw [bold]code[/]"),
    ]


def test_hostile_text_is_kept_as_plain_characters(tmp_path):
    text = "Headline [bold red]x[/] [/foo]\n\nBody \x1b[2J\x1b]0;pwned\x07 text \u202eevil\u202c with\u200b [link=x]y[/link].\n"
    [article], _ = load(write(tmp_path / "evil.txt", text))
    joined = "\n".join(p.text for p in article.paragraphs)
    assert "[bold red]x[/] [/foo]" in joined and "[link=x]y[/link]" in joined
    assert not any(ch in joined for ch in "\x1b\x07\u202e\u202c\u200b")


def test_folder_recursion_and_order(tmp_path):
    write(tmp_path / "b.txt", "Second article text is here.")
    write(tmp_path / "a.md", "First article text is here.")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / "sub" / "c.markdown", "Nested article text is here.")
    top, _ = load(tmp_path)
    assert [a.id for a in top] == ["a", "b"]
    deep, _ = load(tmp_path, recursive=True)
    assert [a.id for a in deep] == ["a", "b", "c"]


def test_files_sharing_a_stem_get_distinct_ids(tmp_path):
    write(tmp_path / "x" / "story.txt", "One story text.")
    write(tmp_path / "y" / "story.txt", "Another story text.")
    articles, _ = load(tmp_path, recursive=True)
    assert [a.id for a in articles] == ["x/story", "y/story"]


def test_ids_are_unique_and_stable_whatever_the_names(tmp_path):
    write(tmp_path / "story.md", "One story text.")
    write(tmp_path / "story.txt", "Another story text.")
    write(tmp_path / "story.md.txt", "A third story text.")
    write(tmp_path / "a\x1b.txt", "A story whose name holds an escape.")
    write(tmp_path / "a^[.txt", "A story whose name looks like the escape shown.")
    files = sorted(tmp_path.iterdir())  # a^[, a\x1b, story.md, story.md.txt, story.txt
    articles, _ = load(*files)
    assert [a.id for a in articles] == ["a^[.txt", "a^[.txt~2", "story.md", "story.md~2", "story.txt"]
    again, _ = load(*reversed(files))
    assert [a.id for a in reversed(again)] == [a.id for a in articles]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t\n", "no text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
)
def test_bad_files_are_skipped_with_a_problem_naming_them(tmp_path, name, content, message):
    good = write(tmp_path / "good.txt", "A perfectly good article.")
    bad = write(tmp_path / name, content)
    articles, problems = load(good, bad)
    assert [a.id for a in articles] == ["good"]
    assert len(problems) == 1 and problems[0].path == str(bad) and message in problems[0].message


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no read
    articles, [problem] = load(big)
    assert not articles and "MB" in problem.message and "refused" in problem.message


def test_missing_paths_and_empty_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    articles, problems = load(tmp_path / "nope.txt", tmp_path / "empty")
    assert not articles
    assert [p.message for p in problems] == ["no such file or folder", "no .txt, .md, .markdown, .html or .htm files in this folder"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    f = write(tmp_path / "locked.txt", "secret")
    f.chmod(0)
    _, [problem] = load(f)
    assert "permission denied" in problem.message
