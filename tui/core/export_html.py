"""A Comparison as one self-contained HTML page, for readers who do not live in a terminal.

The articles side by side in their aligned rows, each sentence with its agreement mark and
highlights, the divergences with their sides, the names with their mentions. The page loads
nothing from elsewhere (inline CSS, no fonts, no scripts; its Content-Security-Policy forbids
them) and prints to PDF in landscape. Article text is untrusted: every string taken from an
article goes through `html.escape`, so markup in an article is shown as its characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path

from tui import __version__
from tui.core.coverage import Coverage, by_support
from tui.core.marks import sentence_marks, spans_by_paragraph
from tui.core.model import Comparison, Mention, Paragraph, Ref, Span
from tui.core.wording import counted

_CSS = Path(__file__).resolve().parent / "data" / "report.css"
# Nothing but the page's own style: no script runs and nothing is fetched, whatever slips in.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_MARK_CLASS = {"=": "m-all", "≈": "m-some", "+": "m-only", "≠": "m-conflict"}
_HIGHLIGHT = {"unique": ("em", "unique"), "conflict": ("strong", "conflict")}
_DETAILS = ("source", "title", "date", "author")
_KIND_NAMES = {"person": "people", "place": "places", "org": "organisations", "other": "other names"}
# A column narrower than this is hard to read; more articles than fit scroll sideways.
_MIN_COLUMN_REM = 14


def to_html(comparison: Comparison) -> str:
    return "".join(_Report(comparison).page())


class _Report:
    def __init__(self, comparison: Comparison):
        self.c = comparison
        self.n = len(comparison.articles)
        self.number = {a.id: i for i, a in enumerate(comparison.articles, 1)}
        self.spans = spans_by_paragraph(comparison)

    def page(self) -> Iterator[str]:
        title = f"Parallax report: {counted(self.n, 'article')}"
        yield (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
               f'<meta name="viewport" content="width=device-width, initial-scale=1">'
               f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
               f'<meta name="generator" content="parallax {escape(__version__)}">'
               f"<title>{title}</title><style>{_CSS.read_text(encoding='utf-8')}</style></head><body>\n")
        yield f'<header><h1>{title}</h1><p class="meta">made by parallax {escape(__version__)}</p></header>\n'
        yield ('<nav><a href="#articles">Articles</a><a href="#divergences">Divergences</a>'
               '<a href="#facts">Who reports what</a><a href="#story">Side by side</a><a href="#names">Names</a></nav>\n')
        yield from self._articles()
        yield from _section("divergences", "Divergences", self.c.divergences and self._divergences(),
                            "The articles contradict each other nowhere the analysis can see.")
        yield from _section("facts", "Who reports what", self.c.facts and self._facts(), "No facts found.")
        yield from self._story()
        yield from _section("names", "Names", self.c.entities and self._names(), "No names found.")
        yield "</body></html>\n"

    # -- sections

    def _articles(self) -> Iterator[str]:
        """Each article's details; a detail no article has is left out."""
        details = {name: [getattr(a, name) for a in self.c.articles] for name in _DETAILS}
        shown = [name for name, values in details.items() if any(values)]
        yield '<section id="articles"><h2>Articles</h2><table class="list"><tr><th>#</th>'
        yield "".join(f"<th>{name}</th>" for name in shown) + "<th>file</th></tr>\n"
        for i, a in enumerate(self.c.articles):
            cells = [details[name][i] for name in shown] + [a.path]
            yield f"<tr><td>{i + 1}</td>" + "".join(f"<td>{escape(x)}</td>" for x in cells) + "</tr>\n"
        yield "</table>\n" + _LEGEND + "</section>\n"

    def _facts(self) -> Iterator[str]:
        """The fact × outlet table, most reported first (● reports it, · silent, ≠ gives another
        value), each fact linked to where it is first told; then what each outlet leaves out."""
        coverage = Coverage(self.c)
        numbers = "".join(f'<th title="{escape(a.label)}">{i}</th>' for i, a in enumerate(self.c.articles, 1))
        yield f'<table class="list coverage"><tr><th>support</th>{numbers}<th>fact</th></tr>\n'
        for f in by_support(self.c.facts):
            marks = "".join(f"<td>{mark}</td>" for mark in coverage.marks(f))
            first = f.places[0]
            href = _anchor(self.number[first.article], first.paragraph)
            yield (f"<tr><td>{len(f.articles)}/{self.n}</td>{marks}"
                   f'<td><a href="#{href}">{escape(f.label)}</a></td></tr>\n')
        yield "</table><h3>What each outlet leaves out</h3><p class=\"note\">Facts at least half of the other outlets report.</p><ul>"
        for a in self.c.articles:
            missing = by_support(coverage.omissions(a.id))
            told = "; ".join(escape(f.label) for f in missing) or "nothing"
            yield f"<li>{self.number[a.id]} · {escape(a.label)}: {told}</li>\n"
        yield "</ul>"

    def _divergences(self) -> Iterator[str]:
        yield "<ol>"
        for d in self.c.divergences:
            yield f'<li><strong>{escape(d.summary)}</strong> <span class="kind">({escape(d.kind)})</span><ul>'
            yield from (f"<li>{self._where(side)}: <q>{escape(side.text)}</q></li>" for side in d.sides)
            yield "</ul></li>\n"
        yield "</ol>"

    def _story(self) -> Iterator[str]:
        width = f"min-width: {self.n * _MIN_COLUMN_REM}rem"
        yield '<section id="story"><h2>Side by side</h2></section><div class="scroll">'
        yield f'<table class="story" style="{width}"><thead><tr>'
        for i, a in enumerate(self.c.articles):
            pivot = "◆ " if i == 0 else ""
            title = f'<span class="title">{escape(a.title)}</span>' if a.title and a.source else ""
            yield f"<th>{pivot}{self.number[a.id]} · {escape(a.label)}{title}</th>"
        yield "</tr></thead><tbody>\n"
        for row in self._story_rows():
            yield "<tr>" + "".join(self._cell(refs) for refs in row) + "</tr>\n"
        yield "</tbody></table></div>\n"

    def _names(self) -> Iterator[str]:
        yield '<table class="list"><tr><th>name</th><th>kind</th><th>spellings</th><th>mentions</th><th>where</th></tr>\n'
        for e in self.c.entities:
            spellings = escape(", ".join(v for v in e.variants if v != e.name))
            yield (f"<tr><td>{escape(e.name)}</td><td>{_KIND_NAMES.get(e.kind, e.kind)}</td><td>{spellings}</td>"
                   f"<td>{len(e.mentions)}</td><td>{self._mentions(e.mentions)}</td></tr>\n")
        yield "</table>"

    # -- pieces

    def _story_rows(self) -> Iterator[list[list[Ref]]]:
        """Each aligned row as one list of paragraphs per article, furniture left out."""
        columns = {a.id: i for i, a in enumerate(self.c.articles)}
        rows = self.c.rows or tuple((Ref(a.id, p.index),) for a in self.c.articles for p in a.paragraphs)
        for row in rows:
            cells: list[list[Ref]] = [[] for _ in self.c.articles]
            for ref in row:
                if self.c.paragraph(ref).kind != "boilerplate":
                    cells[columns[ref.article]].append(ref)
            if any(cells):
                yield cells

    def _cell(self, refs: list[Ref]) -> str:
        if not refs:
            return '<td class="gap"></td>'
        return "<td>" + "".join(self._paragraph(ref) for ref in refs) + "</td>"

    def _paragraph(self, ref: Ref) -> str:
        p = self.c.paragraph(ref)
        anchor = _anchor(self.number[ref.article], ref.paragraph)
        link = f'<a class="ref" href="#{anchor}">¶{ref.paragraph}</a>'
        return f'<div class="para kind-{p.kind}" id="{anchor}">{link}{_marked_text(p, self.spans.get(ref, ()), self.n)}</div>'

    def _where(self, m: Mention) -> str:
        number = self.number[m.article]
        label = escape(self.c.article(m.article).label)
        return f'<a href="#{_anchor(number, m.paragraph)}">{number} · {label} ¶{m.paragraph}</a>'

    def _mentions(self, mentions: tuple[Mention, ...]) -> str:
        """Each article's mentions as links to their paragraphs: `2: ¶3 ¶5`."""
        by_article: dict[str, list[int]] = {}
        for m in mentions:
            paragraphs = by_article.setdefault(m.article, [])
            if m.paragraph not in paragraphs:
                paragraphs.append(m.paragraph)
        return "; ".join(
            f"{self.number[aid]}: " + " ".join(
                f'<a href="#{_anchor(self.number[aid], i)}">¶{i}</a>' for i in paragraphs)
            for aid, paragraphs in sorted(by_article.items(), key=lambda item: self.number[item[0]])
        )


def _section(anchor: str, heading: str, body: Iterator[str] | None, when_empty: str) -> Iterator[str]:
    yield f'<section id="{anchor}" class="{anchor}"><h2>{heading}</h2>'
    yield from body or (f'<p class="note">{when_empty}</p>',)
    yield "</section>\n"


def _marked_text(p: Paragraph, spans: list[Span], n: int) -> str:
    """The paragraph's text, escaped, each body sentence led by its mark, the words only it
    has in italics and those in conflict in bold."""
    text = p.text
    marks = {m.start: m for m in sentence_marks(p, spans, n) if m.glyph} if p.kind == "body" else {}
    highlights = [s for s in spans if s.status in _HIGHLIGHT]
    cuts = sorted({0, len(text), *marks, *(x for s in highlights for x in (s.start, s.end) if 0 <= x <= len(text))})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        if mark := marks.get(start):
            out.append(f'<span class="mark {_MARK_CLASS[mark.glyph]}">{escape(mark.label)}</span>')
        piece = escape(text[start:end])
        statuses = {s.status for s in highlights if s.start <= start and end <= s.end}
        if statuses:
            tag, cls = _HIGHLIGHT["conflict" if "conflict" in statuses else "unique"]
            piece = f'<{tag} class="{cls}">{piece}</{tag}>'
        out.append(piece)
    return "".join(out)


def _anchor(number: int, paragraph: int) -> str:
    return f"a{number}p{paragraph}"


_LEGEND = (
    '<ul class="legend">'
    '<li><span class="mark m-all">=</span>every article reports it</li>'
    '<li><span class="mark m-some">≈k</span>k articles report it</li>'
    '<li><span class="mark m-only">+</span>only this article says it (<em class="unique">italics</em>)</li>'
    '<li><span class="mark m-conflict">≠k</span>k articles disagree here (<strong class="conflict">bold</strong>)</li>'
    "<li>◆ the pivot: rows follow its order; shaded cells are gaps</li></ul>"
)
