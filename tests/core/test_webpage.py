"""Saved web pages in: the article body out of the page's furniture, its details, plain text only."""

import socket
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from tests.webpages import FURNITURE, SITES, page_of
from tui.core.compare import compare
from tui.core.ingest import load_corpus, read_articles

@pytest.fixture(scope="module")
def sample_pages(tmp_path_factory, sample_articles):
    """The sample articles saved as web pages, generated here from sample_corpus/."""
    folder = tmp_path_factory.mktemp("pages")
    for article, site in zip(sample_articles, SITES):
        (folder / f"{article.id}.html").write_text(page_of(article, site), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def page_articles(sample_pages):
    articles, problems = load_corpus([sample_pages])
    assert not problems
    return articles


def _story(article) -> list[tuple[str, str]]:
    """What the reader reads: title, headings and body (furniture may differ between formats)."""
    return [(p.kind, p.text) for p in article.paragraphs if p.kind != "boilerplate"]


def test_sample_pages_give_the_paragraphs_of_the_text_files(sample_articles, page_articles):
    assert [a.id for a in page_articles] == [a.id for a in sample_articles]
    for text, page in zip(sample_articles, page_articles):
        assert _story(page) == _story(text)
        assert not {p.text for p in page.paragraphs} & set(FURNITURE)


def test_sample_pages_give_their_details(sample_articles, page_articles):
    for text, page, site in zip(sample_articles, page_articles, SITES):
        assert (page.title, page.source, page.author, page.date) == (text.title, site, "Robin Quill", "2024-04-02")
        assert page.label == site


def test_a_page_date_comes_from_its_markup_never_from_its_text(sample_articles):
    from tui.core.webpage import read_page

    page = page_of(sample_articles[0], SITES[0])
    undated = page.replace('<meta property="article:published_time" content="2024-04-02T09:30:00Z">', "")
    assert "date" not in read_page(undated).fields  # its text names years all the same
    timed = undated.replace("<article>", '<article><time datetime="2023-05-06">6 May</time>')
    assert read_page(timed).fields["date"] == "2023-05-06"


def test_paragraphs_written_as_lines_of_one_block_come_apart():
    from tui.core.webpage import read_page

    story = (
        "The storm reached the coast of Westhaven on Monday night,<br>with winds of 120 km/h.<br><br>\n"
        "About 3,000 homes lost power, the mayor said.<br> <br><br>The harbour stays closed until Thursday.<br><br>"
        "Crews from three towns worked through the night to clear fallen trees from the roads."
    )
    page = read_page(f"<html><body><nav><a href='/'>Home</a></nav><div class='story'>{story}</div></body></html>")
    assert [b.text for b in page.blocks] == [
        "The storm reached the coast of Westhaven on Monday night, with winds of 120 km/h.",
        "About 3,000 homes lost power, the mayor said.",
        "The harbour stays closed until Thursday.",
        "Crews from three towns worked through the night to clear fallen trees from the roads.",
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<h1>", "<li>", "<table><tr><td>", "&#0;", "&#xD800;",
                                 "&#99999999;", "<![CDATA[", "<!--", "\x00", "\u202e", "word ", "Sentence here. "]),
                max_size=80).map("".join))
def test_any_markup_reads_without_an_exception(markup):
    from tui.core.webpage import read_page

    page = read_page(f"<html><body><article>{markup * 3}</article></body></html>")
    assert all(block.text and block.text == block.text.strip() for block in page.blocks)


def _links(comparison) -> set[tuple[str, str]]:
    text = lambda ref: comparison.paragraph(ref).text  # noqa: E731
    return {tuple(sorted((text(link.a), text(link.b)))) for link in comparison.links}


def _divergences(comparison) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(d.kind, d.summary, tuple(side.text for side in d.sides)) for d in comparison.divergences]


def test_sample_pages_give_the_links_and_divergences_of_the_text_files(sample_comparison, page_articles):
    pages = compare(page_articles)
    assert pages.links and pages.divergences
    assert _links(pages) == _links(sample_comparison)
    assert _divergences(pages) == _divergences(sample_comparison)


def test_pages_mix_with_text_files_in_folders(tmp_path, sample_pages):
    (tmp_path / "sub").mkdir()
    pages = sorted(sample_pages.glob("*.html"))
    (tmp_path / "a.htm").write_bytes(pages[0].read_bytes())
    (tmp_path / "sub" / "b.html").write_bytes(pages[1].read_bytes())
    (tmp_path / "c.txt").write_text("A short note about the harbour vote, written by hand.\n")
    top, _ = load_corpus([tmp_path])
    assert [a.id for a in top] == ["a", "c"]
    deep, _ = load_corpus([tmp_path], recursive=True)
    assert [(a.id, a.source) for a in deep] == [("a", SITES[0]), ("c", ""), ("b", SITES[1])]


HOSTILE = """<html><head><title>Council [bold]votes[/] on the harbour</title>
<script>document.title = "pwned"; fetch("https://tracker.invalid/x")</script>
<style>p { color: red }</style></head><body onload="alert('load')">
<nav><a href="javascript:alert('nav')">Click me</a></nav>
<article><h1>Council [bold]votes[/] on the harbour</h1>
<p>The council of Eastmere voted on Tuesday to rebuild the old harbour wall [bold]x[/] [/foo]
[link=file:///etc/passwd]y[/link] &lt;b&gt;literal tags&lt;/b&gt; after a long debate among its members.</p>
<script>alert("inline")</script><iframe src="https://ads.invalid/frame">Frame text</iframe>
<p>Mayor Ilse Varga said the vote &#27;]0;retitled&#7; was close &#x202E;reversed&#x202C; and
the zero&#8203;width work would start\x1b[2J in spring, <a href="javascript:alert('x')">she added</a>.</p>
<p onclick="alert('p')">Opponents said the cost of the wall had doubled since the first plan was drawn up.</p>
<noscript>Enable scripts to read this story</noscript>
<img src="https://images.invalid/wall.jpg" alt="the harbour wall">
</article></body></html>""".replace("\\x1b", "\x1b")


def test_hostile_html_is_plain_text_only(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE, encoding="utf-8")
    [article], problems = read_articles([path])
    assert not problems
    texts = [p.text for p in article.paragraphs]
    joined = "\n".join(texts + [article.title, article.source, article.author])
    assert "[bold]x[/] [/foo] [link=file:///etc/passwd]y[/link] <b>literal tags</b>" in joined
    assert article.title == "Council [bold]votes[/] on the harbour"
    assert "she added" in joined
    for unwanted in ("alert", "pwned", "javascript", "Frame text", "color: red", "tracker", "images.invalid"):
        assert unwanted not in joined
    assert not any(ch in joined for ch in "\x1b\x07\u202e\u202c\u200b")


def test_nothing_is_fetched_while_reading_a_page(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a web page's reading tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = tmp_path / "linked.html"
    path.write_text(HOSTILE.replace("<h1>", '<link rel="canonical" href="https://news.invalid/a"><h1>'), encoding="utf-8")
    [article], _ = read_articles([path])
    assert article.paragraphs


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a></nav><footer>© 2031</footer></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
    ],
)
def test_a_page_without_an_article_is_one_clear_problem(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    articles, problems = read_articles([path])
    assert articles == []
    assert [str(p) for p in problems] == [f"{path}: no article text found in this web page"]


def test_text_corpora_never_import_the_extractor():
    code = "import sys; from tui.cli import main; main(['export', 'sample_corpus', '-o', '/dev/null']); print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

