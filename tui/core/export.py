"""A Comparison as JSON (schema parallax.export/2, `tui/schema/parallax.export-2.json`), as a
Markdown report, or as the fact × outlet matrix in CSV."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from itertools import islice

from tui import __version__
from tui.core.coverage import Coverage, FactIndex, by_support
from tui.core.model import Article, Comparison, Fact, Mention, Place
from tui.core.sanitize import json_safe, visible
from tui.core.wording import counted

SCHEMA = "parallax.export/2"
# One encoder for the whole export: json.dumps with options builds a new one per call.
_encoder = json.JSONEncoder(ensure_ascii=False).encode
# A string as JSON, in C: what the encoder above writes for one (before json_safe).
_string = json.encoder.encode_basestring
BATCH = 1000  # list items made into text at a time: the output is written as it is made


def _encode(value) -> str:
    """JSON that a terminal can print: C1, bidi and zero-width characters escaped too."""
    return json_safe(_encoder(value))


def json_chunks(comparison: Comparison, links: bool = False) -> Iterator[str]:
    """The export as JSON text, piece by piece. With `links`, the pairwise links too: they can
    number in millions, so they are written as they are found, one per line, never all held."""
    yield "{"
    for n, (key, value) in enumerate(_parts(comparison, links).items()):
        yield f"{',' if n else ''}\n{json.dumps(key)}: "
        if key == "links":
            yield from _links_json(comparison)
        elif isinstance(value, str):
            yield _encode(value)
        else:  # one item per line: no list of them all as text at once
            yield from _list_json(value)
    yield "\n}\n"


def _list_json(items: Iterator[str]) -> Iterator[str]:
    """A list of items already JSON text (but for json_safe), one per line, in batches: one
    pass of json_safe over a batch costs far less than one per item."""
    yield "["
    items, before = iter(items), "\n"
    while batch := list(islice(items, BATCH)):
        yield before + json_safe(",\n".join(batch))
        before = ",\n"
    yield "\n]"


def _links_json(comparison: Comparison) -> Iterator[str]:
    names: dict[str, str] = {}  # article id -> its JSON string
    yield "["
    for n, link in enumerate(comparison.iter_links()):
        a = names.get(link.a.article) or names.setdefault(link.a.article, _encode(link.a.article))
        b = names.get(link.b.article) or names.setdefault(link.b.article, _encode(link.b.article))
        yield f'{"," if n else ""}\n{{"a": [{a}, {link.a.paragraph}], "b": [{b}, {link.b.paragraph}]}}'
    yield "\n]"


def _parts(comparison: Comparison, links: bool) -> dict:
    """The schema's fields in order, each list as its items' JSON text, made when written; the
    links, when asked for, are streamed in their place. The many small records (spans,
    mentions, members) are written by hand, which the C encoder would make ten times slower
    through one dict each; the rest go through the encoder."""
    c = comparison
    return {
        "schema": SCHEMA,
        "generator": f"parallax {__version__}",
        "articles": (_encoder(_article(a)) for a in c.articles),
        "facts": (_fact(f) for f in c.facts),
        **({"links": None} if links else {}),
        "rows": (_encoder([list(ref) for ref in row]) for row in c.rows),
        "spans": _spans(c),
        "entities": (
            f'{{"id": {_string(e.id)}, "name": {_string(e.name)}, "kind": {_string(e.kind)}, '
            f'"variants": {_encoder(list(e.variants))}, "mentions": [{", ".join(map(_mention, e.mentions))}]}}'
            for e in c.entities),
        "divergences": (
            f'{{"id": {_string(d.id)}, "kind": {_string(d.kind)}, "slot": {_string(d.slot)}, '
            f'"summary": {_string(d.summary)}, "values": '
            + _encoder([{"value": v.value, "articles": list(v.articles)} for v in d.values])
            + f', "sides": [{", ".join(map(_mention, d.sides))}]}}'
            for d in c.divergences),
    }


def _spans(comparison: Comparison) -> Iterator[str]:
    """The spans; a shared one names the facts its sentence tells (their articles are its
    sources), a conflict the divergences with a side there (their sides' articles are its
    sources): listing the articles would repeat every outlet's id in every sentence of wire copy."""
    facts = FactIndex(comparison.facts)
    sides: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for d in comparison.divergences:
        for side in d.sides:
            sides[(side.article, side.paragraph)].append((side.start, side.end, d.id))
    for s in comparison.spans:
        head = (f'{{"article": {_string(s.article)}, "paragraph": {s.paragraph}, "start": {s.start}, '
                f'"end": {s.end}, "status": {_string(s.status)}')
        if s.status == "shared":
            yield f'{head}, "facts": {_strings(f.id for f in facts.at(s.article, s.paragraph, s.start))}}}'
        elif s.status == "conflict":
            ids = dict.fromkeys(d for start, end, d in sides[(s.article, s.paragraph)] if start < s.end and s.start < end)
            yield f'{head}, "divergences": {_strings(ids)}}}'
        else:
            yield head + "}"


def _strings(values) -> str:
    return "[" + ", ".join(map(_string, values)) + "]"


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


def _fact(f: Fact) -> str:
    """A fact; its echoes (sentences of another fact that tell this one too) are members marked `also`."""
    members = [_place(p) + "}" for p in f.members] + [_place(p) + ', "also": true}' for p in f.echoes]
    return (f'{{"id": {_string(f.id)}, "label": {_string(f.label)}, "articles": {_strings(f.articles)}, '
            f'"members": [{", ".join(members)}], "divergences": {_strings(f.divergences)}}}')


def _place(p: Place) -> str:
    """A place as a JSON object, still open for more keys."""
    return f'{{"article": {_string(p.article)}, "paragraph": {p.paragraph}, "start": {p.start}, "end": {p.end}'


def _mention(m: Mention) -> str:
    return (f'{{"article": {_string(m.article)}, "paragraph": {m.paragraph}, "start": {m.start}, "end": {m.end}, '
            f'"text": {_string(m.text)}}}')


def to_json(comparison: Comparison, links: bool = False) -> str:
    return "".join(json_chunks(comparison, links))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Article text is untrusted: shown safely, and what Markdown would read as markup escaped."""
    return _MD_SPECIAL.sub(r"\\\1", visible(text))


def to_markdown(comparison: Comparison) -> str:
    out = [f"# Parallax report: {counted(len(comparison.articles), 'article')}", ""]
    out += ["| id | title | source | paragraphs | boilerplate |", "| --- | --- | --- | ---: | ---: |"]
    for a in comparison.articles:
        boiler = sum(p.kind == "boilerplate" for p in a.paragraphs)
        out.append(f"| {_md(a.id)} | {_md(a.title)} | {_md(a.source)} | {len(a.paragraphs)} | {boiler} |")
    out += _facts_md(comparison) + _omissions_md(comparison)
    out += _divergences_md(comparison) + _entities_md(comparison) + _rows_md(comparison)
    return "\n".join(out) + "\n"


def _facts_md(c: Comparison) -> list[str]:
    """The fact × outlet table, most reported first: ● reports it, · silent, ≠ gives another value."""
    if not c.facts:
        return []
    coverage = Coverage(c)
    columns = [str(n) for n in range(1, len(c.articles) + 1)]
    out = ["", "## Who reports what", "",
           "Outlets by number (" + ", ".join(f"{n} {_md(a.label)}" for n, a in zip(columns, c.articles)) + "): "
           "● reports the fact, · is silent, ≠ gives another value.", "",
           "| fact | support | " + " | ".join(columns) + " | label |",
           "| --- | ---: | " + " | ".join(":-:" for _ in columns) + " | --- |"]
    for f in by_support(c.facts):
        marks = " | ".join(coverage.marks(f))
        out.append(f"| {f.id} | {len(f.articles)}/{len(c.articles)} | {marks} | {_md(f.label)} |")
    return out


def _omissions_md(c: Comparison) -> list[str]:
    """Each outlet's omissions: facts at least half of the other outlets report."""
    coverage = Coverage(c)
    out = ["", "## What each outlet leaves out", "",
           "Facts that at least half of the other outlets report and this one does not."]
    for article in c.articles:
        missing = by_support(coverage.omissions(article.id))
        out += ["", f"### {_md(article.label)} ({_md(article.id)})", ""]
        out += [f"- {f.id} ({len(f.articles)}/{len(c.articles)}): {_md(f.label)}" for f in missing] or ["- nothing"]
    return out if len(c.articles) > 1 else []


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
            out.append(f"### Row {n}: {len({r.article for r in body})} of {counted(len(c.articles), 'article')}")
            out += [f"- **{_md(r.article)}** ¶{r.paragraph}: {_md(c.paragraph(r).text)}" for r in body]
            out.append("")
        return out
    for a in c.articles:
        out += [f"### {_md(a.title or a.id)}", f"`{_md(a.path)}` · {a.encoding}", ""]
        out += [f"- ¶{p.index} ({p.kind}) {_md(p.text)}" for p in a.paragraphs if p.kind != "boilerplate"]
        out.append("")
    return out


def csv_chunks(comparison: Comparison) -> Iterator[str]:
    """The fact × outlet matrix: one row per fact (id, support, label), one column per article,
    1 where the article reports the fact, else 0."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    ids = [a.id for a in comparison.articles]
    writer.writerow(["fact", "support", "label", *map(_cell, ids)])
    for fact in comparison.facts:
        reported = set(fact.articles)
        writer.writerow([fact.id, len(reported), _cell(fact.label), *(int(a in reported) for a in ids)])
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


# A spreadsheet runs a cell that opens with one of these as a formula (=HYPERLINK(…), @SUM…).
_FORMULA_OPENERS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Article text in a CSV cell, never read by a spreadsheet as a formula."""
    return "'" + text if text.startswith(_FORMULA_OPENERS) else text
