"""A Comparison as plain nested tuples, for the cache: tuples pickle and load many times
faster than tens of thousands of small objects."""

from __future__ import annotations

from operator import attrgetter

from tui.core.model import (Article, Comparison, Divergence, DivergentValue, Entity, Fact, Mention, Paragraph, Place,
                             Ref, Sentence, Span)


def pack(c: Comparison) -> tuple:
    return (
        tuple((a.id, a.path, a.title, a.source, a.date, a.url, a.author, a.encoding,
               tuple((p.index, p.text, p.kind, p.reason, tuple(map(tuple, p.sentences))) for p in a.paragraphs))
              for a in c.articles),
        tuple(tuple(map(tuple, row)) for row in c.rows),
        tuple((f.id, f.label, f.members, f.echoes, f.articles, f.divergences) for f in c.facts),
        tuple(map(_span, c.spans)),
        tuple((e.id, e.name, e.kind, e.variants, tuple(map(_mention, e.mentions))) for e in c.entities),
        tuple((d.id, d.kind, d.subject, tuple(map(_mention, d.sides)), d.slot,
               tuple((v.value, v.articles) for v in d.values)) for d in c.divergences),
    )


def unpack(data: tuple) -> Comparison:
    articles, rows, facts, spans, entities, divergences = data
    return Comparison(
        articles=tuple(
            Article(aid, path, tuple(Paragraph(i, text, kind, reason, tuple(Sentence(*s) for s in sentences))
                                     for i, text, kind, reason, sentences in paragraphs),
                    title=title, source=source, date=date, url=url, author=author, encoding=encoding)
            for aid, path, title, source, date, url, author, encoding, paragraphs in articles),
        rows=tuple(tuple(Ref(*r) for r in row) for row in rows),
        facts=tuple(Fact(i, label, tuple(Place(*m) for m in members), tuple(Place(*m) for m in echoes), arts, ds)
                    for i, label, members, echoes, arts, ds in facts),
        spans=tuple(Span(*s) for s in spans),
        entities=tuple(Entity(i, n, k, v, tuple(Mention(*m) for m in ms)) for i, n, k, v, ms in entities),
        divergences=tuple(Divergence(i, k, s, tuple(Mention(*m) for m in sides), slot,
                                     tuple(DivergentValue(*v) for v in values))
                          for i, k, s, sides, slot, values in divergences),
    )


# A record's fields as a tuple, in C.
_mention = attrgetter("article", "paragraph", "start", "end", "text")
_span = attrgetter("article", "paragraph", "start", "end", "status", "sources")
