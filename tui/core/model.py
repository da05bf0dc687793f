"""The values the analysis produces. All immutable; positions are string offsets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from tui.core.wording import shortened

ParagraphKind = Literal["title", "heading", "body", "boilerplate"]
SpanStatus = Literal["shared", "unique", "conflict"]
EntityKind = Literal["person", "place", "org", "other"]
DivergenceKind = Literal["number", "qualifier", "place", "quote", "time", "other"]


class Ref(NamedTuple):
    """A paragraph of the corpus: (article id, paragraph index)."""

    article: str
    paragraph: int


class Sentence(NamedTuple):
    """A sentence as offsets into its paragraph's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str
    kind: ParagraphKind = "body"
    reason: str = ""
    sentences: tuple[Sentence, ...] = ()

    @property
    def is_content(self) -> bool:
        """Body text takes part in alignment and entities; titles, headings and furniture do not."""
        return self.kind == "body"


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: str
    paragraphs: tuple[Paragraph, ...]
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    author: str = ""
    encoding: str = "utf-8"

    @property
    def label(self) -> str:
        """What a column header calls this article: its source, else its title, else its id."""
        if self.source:
            return self.source
        if self.title:
            return shortened(self.title, 40)
        return self.id


@dataclass(frozen=True, slots=True)
class Link:
    """Two paragraphs of different articles that report the same thing: two places of one fact."""

    a: Ref
    b: Ref


class Place(NamedTuple):
    """Where a fact is told: a sentence (or a part of one) of a paragraph."""

    article: str
    paragraph: int
    start: int
    end: int

    @property
    def ref(self) -> Ref:
        return Ref(self.article, self.paragraph)


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing the articles report. `members` are the sentences that tell it, each body
    sentence a member of exactly one fact; `echoes` are sentences that are members of another
    fact but tell this one too (a sentence that reports two things). A fact made of a
    divergence's sides, whose words did not match, has echoes only. `articles` report it
    (its support, k of n); `divergences` are the ids of those that touch its members."""

    id: str
    label: str
    members: tuple[Place, ...]
    echoes: tuple[Place, ...] = ()
    articles: tuple[str, ...] = ()
    divergences: tuple[str, ...] = ()

    @property
    def places(self) -> tuple[Place, ...]:
        """Every sentence that tells it: members, then echoes."""
        return self.members + self.echoes


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a paragraph, shared by `sources`, unique to its article, or in conflict."""

    article: str
    paragraph: int
    start: int
    end: int
    status: SpanStatus
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    article: str
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: EntityKind
    variants: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class DivergentValue:
    """One way a divergence's slot is filled, and the articles that fill it so."""

    value: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Divergence:
    id: str
    kind: DivergenceKind
    subject: str  # how the summary opens: the slot, or whose it is ("Jane Doe’s age")
    sides: tuple[Mention, ...]  # every telling of each value; an article's, of one value only
    slot: str = ""  # what is filled differently: "length", "miners", "Jane Doe’s title"
    values: tuple[DivergentValue, ...] = ()

    @property
    def summary(self) -> str:
        """What differs, each value with the ids of the articles giving it."""
        return self.told(", ".join)

    def told(self, name: Callable[[tuple[str, ...]], str]) -> str:
        """The summary with the articles giving each value called `name(their ids)`: the reader
        says it in a line, as its columns name them."""
        return f"{self.subject}: " + " vs ".join(f"“{v.value}” ({name(v.articles)})" for v in self.values)


@dataclass(frozen=True, slots=True)
class Corrections:
    """The reader's corrections, in the order made: ("merge", name, other name) joins two
    entities, ("split", spelling) takes a spelling out of its entity. Names are spellings."""

    steps: tuple[tuple[str, ...], ...] = ()

    def merge(self, a: str, b: str) -> Corrections:
        return Corrections(self.steps + (("merge", a, b),))

    def split(self, spelling: str) -> Corrections:
        return Corrections(self.steps + (("split", spelling),))


@dataclass(frozen=True)
class Comparison:
    """Everything the reader and the export show. The UI never recomputes it.

    `rows` are in the first article's order; `rows_for(pivot)` gives any article's, read off
    the facts when first asked for, as are `links`: their number grows with the square of the
    articles telling one story."""

    articles: tuple[Article, ...]
    rows: tuple[tuple[Ref, ...], ...] = ()
    facts: tuple[Fact, ...] = ()
    spans: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    divergences: tuple[Divergence, ...] = ()

    @cached_property
    def links(self) -> tuple[Link, ...]:
        return tuple(self.iter_links())

    def iter_links(self) -> Iterator[Link]:
        """The links in order, found afresh and not kept (unless `links` already holds them):
        an export of a corpus whose links number in millions need not hold them all."""
        if "links" in self.__dict__:
            return iter(self.links)
        from tui.core.coverage import fact_links

        return fact_links(self.facts)

    def rows_for(self, pivot: str) -> tuple[tuple[Ref, ...], ...]:
        """Display rows in `pivot`'s order; without an analysis, each paragraph is its own row."""
        rows = self._rows_at_hand(pivot)
        if rows is None:
            from tui.core.rows import rows_for

            rows = self._rows_by_pivot[pivot] = rows_for(self.articles, self.facts, pivot)
        return rows

    def rows_ready(self, pivot: str) -> bool:
        """Whether `rows_for(pivot)` answers at once (else it places the paragraphs first)."""
        return self._rows_at_hand(pivot) is not None

    def _rows_at_hand(self, pivot: str) -> tuple[tuple[Ref, ...], ...] | None:
        cache = self._rows_by_pivot
        if pivot not in cache:
            if self.articles and pivot == self.articles[0].id and self.rows:
                cache[pivot] = self.rows
            elif not self.facts:
                cache[pivot] = tuple((Ref(a.id, p.index),) for a in self.articles for p in a.paragraphs)
        return cache.get(pivot)

    def row_index(self, pivot: str) -> dict[Ref, int]:
        """Paragraph -> its row in `pivot`'s order."""
        cache = self._row_index_by_pivot
        if pivot not in cache:
            cache[pivot] = {ref: i for i, row in enumerate(self.rows_for(pivot)) for ref in row}
        return cache[pivot]

    @cached_property
    def _rows_by_pivot(self) -> dict[str, tuple[tuple[Ref, ...], ...]]:
        return {}

    @cached_property
    def _row_index_by_pivot(self) -> dict[str, dict[Ref, int]]:
        return {}

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def paragraph(self, ref: Ref) -> Paragraph:
        return self._by_id[ref.article].paragraphs[ref.paragraph]
