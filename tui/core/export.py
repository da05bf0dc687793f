"""A Comparison as JSON (schema parallax.export/1) or as a Markdown report."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from tui import __version__
from tui.core.model import Article, Comparison, Mention
from tui.core.sanitize import json_safe, visible

SCHEMA = "parallax.export/1"


def json_chunks(comparison: Comparison) -> Iterator[str]:
    """The export as JSON text, piece by piece: the links, which can number in millions, are
    written as they are found, one per line, and never all held at once."""
    parts = _parts(comparison)
    yield "{"
    for n, (key, value) in enumerate(parts.items()):
        yield f"{',' if n else ''}\n{json.dumps(key)}: "
        if key == "links":
            yield from _links_json(comparison)
        elif isinstance(value, list):  # one item per line: no list of them all as text at once
            yield from _list_json(value, indent=1 if key == "articles" else None)
        else:
            yield _dumps(value)
    yield "\n}\n"


def _dumps(value, indent: int | None = None) -> str:
    """JSON that a terminal can print: C1, bidi and zero-width characters escaped too."""
    return json_safe(json.dumps(value, ensure_ascii=False, indent=indent))


def _list_json(values: list, indent: int | None) -> Iterator[str]:
    yield "["
    for n, value in enumerate(values):
        yield f"{',' if n else ''}\n{_dumps(value, indent)}"
    yield "\n]"


def _links_json(comparison: Comparison) -> Iterator[str]:
    names: dict[str, str] = {}  # article id -> its JSON string
    yield "["
    for n, link in enumerate(comparison.iter_links()):
        a = names.get(link.a.article) or names.setdefault(link.a.article, _dumps(link.a.article))
        b = names.get(link.b.article) or names.setdefault(link.b.article, _dumps(link.b.article))
        yield (f'{"," if n else ""}\n{{"a": [{a}, {link.a.paragraph}], "b": [{b}, {link.b.paragraph}], '
               f'"score": {round(link.score, 4)!r}}}')
    yield "\n]"


def _parts(comparison: Comparison) -> dict:
    """The schema's fields in order; the links are streamed in their place."""
    return {
        "schema": SCHEMA,
        "generator": f"parallax {__version__}",
        "articles": [_article(a) for a in comparison.articles],
        "links": None,
        "rows": [[list(ref) for ref in row] for row in comparison.rows],
        "spans": [
            {"article": s.article, "paragraph": s.paragraph, "start": s.start, "end": s.end,
             "status": s.status, "sources": list(s.sources)}
            for s in comparison.spans
        ],
        "entities": [
            {"id": e.id, "name": e.name, "kind": e.kind, "variants": list(e.variants),
             "mentions": [_mention(m) for m in e.mentions]}
            for e in comparison.entities
        ],
        "divergences": [
            {"id": d.id, "kind": d.kind, "slot": d.slot, "summary": d.summary,
             "values": [{"value": v.value, "articles": list(v.articles)} for v in d.values],
             "sides": [_mention(m) for m in d.sides]}
            for d in comparison.divergences
        ],
    }


def _article(a: Article) -> dict:
    return {
        "id": a.id, "path": a.path, "title": a.title, "source": a.source, "date": a.date,
        "url": a.url, "author": a.author, "encoding": a.encoding,
        "paragraphs": [
            {"index": p.index, "kind": p.kind, "reason": p.reason, "text": p.text,
             "sentences": [list(s) for s in p.sentences]}
            for p in a.paragraphs
        ],
    }


def _mention(m: Mention) -> dict:
    return {"article": m.article, "paragraph": m.paragraph, "start": m.start, "end": m.end, "text": m.text}


def to_json(comparison: Comparison) -> str:
    return "".join(json_chunks(comparison))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Article text is untrusted: shown safely, and what Markdown would read as markup escaped."""
    return _MD_SPECIAL.sub(r"\\\1", visible(text))


def to_markdown(comparison: Comparison) -> str:
    out = [f"# Parallax report: {len(comparison.articles)} articles", ""]
    out += ["| id | title | source | paragraphs | boilerplate |", "| --- | --- | --- | ---: | ---: |"]
    for a in comparison.articles:
        boiler = sum(p.kind == "boilerplate" for p in a.paragraphs)
        out.append(f"| {_md(a.id)} | {_md(a.title)} | {_md(a.source)} | {len(a.paragraphs)} | {boiler} |")
    out += _divergences_md(comparison) + _entities_md(comparison) + _rows_md(comparison)
    return "\n".join(out) + "\n"


def _divergences_md(c: Comparison) -> list[str]:
    if not c.divergences:
        return []
    out = ["", "## Divergences", ""]
    for d in c.divergences:
        out.append(f"- **{_md(d.summary)}** ({d.kind})")
        out += [f"  - {_md(s.article)} ¶{s.paragraph}: “{_md(s.text)}”" for s in d.sides]
    return out


def _entities_md(c: Comparison) -> list[str]:
    if not c.entities:
        return []
    out = ["", "## People, places and organisations", "", "| name | kind | mentions | articles | variants |",
           "| --- | --- | ---: | ---: | --- |"]
    for e in c.entities:
        articles = len({m.article for m in e.mentions})
        out.append(f"| {_md(e.name)} | {e.kind} | {len(e.mentions)} | {articles} | {_md(', '.join(e.variants))} |")
    return out


def _rows_md(c: Comparison) -> list[str]:
    """The aligned rows, or each article's story paragraphs while there are none."""
    out = ["", "## The story, side by side" if c.rows else "## Articles", ""]
    if c.rows:
        for n, row in enumerate(c.rows, 1):
            body = [ref for ref in row if c.paragraph(ref).kind != "boilerplate"]
            if not body:
                continue
            out.append(f"### Row {n}: {len({r.article for r in body})} of {len(c.articles)} articles")
            out += [f"- **{_md(r.article)}** ¶{r.paragraph}: {_md(c.paragraph(r).text)}" for r in body]
            out.append("")
        return out
    for a in c.articles:
        out += [f"### {_md(a.title or a.id)}", f"`{_md(a.path)}` · {a.encoding}", ""]
        out += [f"- ¶{p.index} ({p.kind}) {_md(p.text)}" for p in a.paragraphs if p.kind != "boilerplate"]
        out.append("")
    return out
