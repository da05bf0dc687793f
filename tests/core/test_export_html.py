"""`parallax export --format html`: one self-contained page that shows the analysis, and article
text in it only ever as text."""

import re
import subprocess
import sys
from html import escape
from html.parser import HTMLParser

import pytest

from tests.conftest import ROOT
from tests.core.corpus import articles_from
from tui.core.compare import compare
from tui.core.export_html import to_html
from tui.core.marks import sentence_marks, spans_by_paragraph

HOSTILE = (
    "Harbour protest in Eastmere <script>alert('x')</script>\n\n"
    "About 1,000 protesters marched to the Eastmere harbour on Sunday against the new toll, "
    "said organiser Ilse Varga [bold]x[/] \"><img src=x onerror=alert(1)> &amp; <b>loud</b>.",
    "Eastmere toll draws a crowd\n\n"
    "Some 1,600 protesters marched to the Eastmere harbour on Sunday against the new toll, "
    "organiser Ilse Varga said <iframe src=javascript:alert(2)></iframe>.",
)


class Page(HTMLParser):
    """The parts of a page the tests look at: every element, and each paragraph's text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.paragraphs: dict[str, str] = {}  # anchor -> text, without marks and ¶ links
        self.header_cells: list[str] = []
        self._para: str | None = None
        self._skip = 0  # inside a mark or a ¶ link
        self._in_th = self._in_story = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        classes = (attrs.get("class") or "").split()
        if tag == "div" and "para" in classes:
            self._para = attrs["id"]
            self.paragraphs[self._para] = ""
        elif self._skip or "mark" in classes or "ref" in classes:
            self._skip += 1
        if tag == "table":
            self._in_story = "story" in classes
        if tag == "th" and self._in_story:
            self._in_th = True
            self.header_cells.append("")

    def handle_endtag(self, tag):
        if self._skip:
            self._skip -= 1
        elif tag == "div":
            self._para = None
        if tag == "th":
            self._in_th = False

    def handle_data(self, data):
        if self._para and not self._skip:
            self.paragraphs[self._para] += data
        if self._in_th:
            self.header_cells[-1] += data


@pytest.fixture(scope="module")
def sample_page(sample_comparison):
    return to_html(sample_comparison)


def test_the_page_needs_nothing_from_elsewhere(sample_page):
    page = Page(sample_page)
    assert not [tag for tag, _ in page.elements if tag in ("script", "link", "img", "iframe", "object", "embed")]
    links = [a.get("href") or a.get("src") for _, a in page.elements if "href" in a or "src" in a]
    assert links and all(link.startswith("#") for link in links)
    assert "url(" not in sample_page and "@import" not in sample_page
    policy = [a["content"] for tag, a in page.elements if a.get("http-equiv") == "Content-Security-Policy"]
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]


def test_the_articles_stand_side_by_side_in_the_aligned_rows(sample_comparison, sample_page):
    page = Page(sample_page)
    c = sample_comparison
    assert len(page.header_cells) == len(c.articles)
    assert page.header_cells[0].startswith("◆ 1 · ")  # the pivot
    rows = [row for row in c.rows if any(c.paragraph(r).kind != "boilerplate" for r in row)]
    story = sample_page[sample_page.index('<table class="story"'):sample_page.index('id="names"')]
    assert story.count("<tr>") == 1 + len(rows)  # the articles' heads, then one row for each aligned row
    shown = page.paragraphs
    numbers = {a.id: i for i, a in enumerate(c.articles, 1)}
    for row in rows:
        for ref in row:
            paragraph = c.paragraph(ref)
            anchor = f"a{numbers[ref.article]}p{ref.paragraph}"
            if paragraph.kind == "boilerplate":
                assert anchor not in shown
            else:
                assert shown[anchor] == paragraph.text  # every character, in order, as text


def test_every_body_sentence_carries_its_mark(sample_comparison, sample_page):
    spans = spans_by_paragraph(sample_comparison)
    expected = [
        m.label
        for row in sample_comparison.rows
        for ref in row
        if (p := sample_comparison.paragraph(ref)).kind == "body"
        for m in sentence_marks(p, spans.get(ref, ()), len(sample_comparison.articles))
        if m.glyph
    ]
    story = sample_page[sample_page.index('id="story"'):sample_page.index('id="names"')]
    shown = re.findall(r'<span class="mark m-[a-z]+">([^<]*)</span>', story)
    assert sorted(shown) == sorted(expected)
    assert {label[0] for label in shown} == {"=", "≈", "+", "≠"}


def test_divergences_and_names_link_to_their_paragraphs(sample_comparison, sample_page):
    page = Page(sample_page)
    anchors = {a["id"] for _, a in page.elements if "id" in a}
    hrefs = [a["href"][1:] for tag, a in page.elements if tag == "a" and "href" in a]
    assert hrefs and set(hrefs) <= anchors
    divergences = sample_page[sample_page.index('id="divergences"'):sample_page.index('id="story"')]
    for d in sample_comparison.divergences:
        assert f"<strong>{escape(d.summary)}</strong>" in divergences
        assert all(f"<q>{escape(side.text)}</q>" in divergences for side in d.sides)
    names = sample_page[sample_page.index('id="names"'):]
    assert names.count("<tr>") == len(sample_comparison.entities) + 1


def test_article_text_is_only_ever_text():
    comparison = compare(articles_from(*HOSTILE))
    assert comparison.divergences  # about 1,000 against some 1,600: the side shows the hostile text too
    html = to_html(comparison)
    page = Page(html)
    assert not [tag for tag, _ in page.elements if tag in ("script", "img", "iframe", "b")]
    assert not [name for _, attrs in page.elements for name in attrs if name.startswith("on")]
    text = "\n".join(page.paragraphs.values())
    assert "<script>alert('x')</script>" in text
    assert "[bold]x[/] \"><img src=x onerror=alert(1)> &amp; <b>loud</b>." in text
    assert "<iframe src=javascript:alert(2)></iframe>" in text


def test_export_writes_the_page_from_the_command_line(tmp_path):
    out = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-m", "tui", "export", "--format", "html", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_a_lone_article_says_there_is_nothing_to_compare():
    html = to_html(compare(articles_from(HOSTILE[0])))
    assert "The articles contradict each other nowhere the analysis can see." in html
    assert Page(html).header_cells == ["◆ 1 · Harbour protest in Eastmere <script>ale…"]


def test_the_articles_table_leaves_out_details_no_article_has(sample_articles):
    from dataclasses import replace

    from tui.core.model import Comparison

    def heads(articles) -> list[str]:
        html = to_html(Comparison(articles=tuple(articles)))
        table = html[html.index('id="articles"'):html.index("</tr>")]
        return re.findall(r"<th>([^<]*)</th>", table)

    undated = [replace(a, date="", author="") for a in sample_articles]
    assert heads(undated) == ["#", "source", "title", "file"]
    dated = [replace(undated[0], date="2024-04-02"), *undated[1:]]
    assert heads(dated) == ["#", "source", "title", "date", "file"]


def test_the_report_shows_who_reports_what(sample_comparison, sample_page):
    from tui.core.coverage import Coverage

    table = sample_page[sample_page.index('id="facts"'):sample_page.index('id="story"')]
    coverage = Coverage(sample_comparison)
    assert table.count("<tr><td>") == len(sample_comparison.facts)
    for fact in sample_comparison.facts[:10]:
        marks = "".join(f"<td>{mark}</td>" for mark in coverage.marks(fact))
        assert f"<tr><td>{len(fact.articles)}/5</td>{marks}" in table
    assert table.count("<li>") == len(sample_comparison.articles)  # each outlet's omissions
