"""One corpus opened: its files, what is remembered of it, and its cached analysis.

The reader and the export both open corpora through a Session, so both skip the analysis
when nothing changed. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tui.core.discover import Problem
from tui.core.model import Article, Comparison, Corrections
from tui.core.sanitize import visible
from tui.core.reader_state import ReaderState
from tui.core.store import (AnalysisCache, Config, Places, StateStore, code_digest, content_key, corpus_key, file_digest,
                            read_config)

if TYPE_CHECKING:  # entities.py imports rapidfuzz: not at start-up
    from tui.core.entities import Names


# Opening early takes the interpreter from Textual's import, so it delays the first frame by
# what it costs: reading a cached analysis back takes ~2 ms an article here (5 articles: 28 ms
# with the remembered reading; 200: 0.36 s). Up to this many files it is done early; more,
# and the worker reads them once the first frame is out.
EARLY_OPEN_FILES = 20


class Opened(NamedTuple):
    """What is known of a corpus before its files are read: the reading remembered of it and,
    if these very files were analysed before, the analysis, with the rows of the pivot the
    reader will show already made."""

    state: ReaderState
    comparison: Comparison | None


class Session:
    def __init__(self, files: list[Path], places: Places | None = None, corpus: str = ""):
        self.files = files
        self.places = places
        self.corpus = corpus or _corpus_name(files)
        self.key = corpus_key(files)
        self.warnings: list[str] = []
        self.config, warnings = read_config(places.config) if places else (Config(), [])
        self.warnings += warnings
        self._states: StateStore | None = None
        self._cache: AnalysisCache | None = None
        self._digests: list[tuple[str, bytes]] | None = None
        self._names: tuple[tuple[Article, ...], Names] | None = None  # the articles' names, for corrections
        # What reading the files said (skipped files, repaired bytes): kept with the analysis,
        # so that a reopening from the cache says it again.
        self.reading_problems: list[Problem] = []
        self._opening: threading.Thread | None = None
        self._opened: Opened | BaseException | None = None

    # The databases open when first used: in the opening thread (a small corpus, see
    # open_early) or the reader's worker, never on the screen's thread before its first frame.

    @property
    def states(self) -> StateStore | None:
        if self._states is None and self.places:
            self._states = self._heard(StateStore(self.places.state))
        return self._states

    @property
    def cache(self) -> AnalysisCache | None:
        if self._cache is None and self.places:
            self._cache = self._heard(AnalysisCache(self.places.cache))
        return self._cache

    def _heard(self, store):
        """The store, its warning (if any) now the session's."""
        if store.db.warning:
            self._warn(store.db.warning)
        return store

    # State --------------------------------------------------------------------------------

    def state(self) -> ReaderState:
        if not self.states:
            return ReaderState()
        saved = self.states.load(self.key)
        self._heard(self.states)  # a database found damaged only now, when read
        return ReaderState.from_json(saved)

    def remember(self, state: ReaderState) -> None:
        if self.states and not self.states.save(self.key, state.to_json()) and self.states.db.warning:
            self._warn(self.states.db.warning)

    def forget(self) -> None:
        if self.states:
            self.states.forget(self.key)

    # Opening ------------------------------------------------------------------------------

    def open_early(self) -> None:
        """Read what `opened` returns in a thread, for a corpus of up to EARLY_OPEN_FILES.
        Started before the reader imports Textual (~0.4 s), it is done by the first frame,
        which then shows the articles."""
        if len(self.files) > EARLY_OPEN_FILES:
            return
        self._opening = threading.Thread(target=self._open, name="opening", daemon=True)
        self._opening.start()

    def opened(self, wait: bool = True) -> Opened | None:
        """The remembered reading and the cached analysis; without `wait`, None until the
        thread of `open_early` has them (or when there is none)."""
        if self._opening is not None:
            if not wait and self._opening.is_alive():
                return None
            self._opening.join()
        elif wait and self._opened is None:
            self._open()
        if isinstance(self._opened, BaseException):
            raise self._opened
        return self._opened

    def _open(self) -> None:
        try:
            state = self.state()
            comparison = self.cached(state.corrections)
            if comparison is not None:
                rows_for_reader(comparison, state)
            self._opened = Opened(state, comparison)
        except BaseException as error:  # raised again where `opened` is asked
            self._opened = error

    # Reading and analysing -----------------------------------------------------------------

    def cached(self, corrections: Corrections) -> Comparison | None:
        """The analysis of these files as they are now, if it was made before."""
        if self.cache is None:
            return None
        from tui.core.codec import unpack
        from tui.core.collector import collector_paused

        with collector_paused():
            packed = self.cache.get(self._content_key(corrections))
            self._heard(self.cache)
            if packed is None:
                return None
            try:
                comparison = unpack(packed)
                self._said_before()
            except (TypeError, ValueError):
                return None  # an entry of another shape: a miss
        return comparison

    def exported(self, corrections: Corrections, form: str) -> str | None:
        """The export in `form` of these files as they are now, if this very code made it
        before (`keeping_export`): the analysis is then neither made nor read."""
        key = self._export_key(self._export_prefix(corrections, form))
        if key is None:
            return None
        text = self.cache.get_bytes(key)
        self._heard(self.cache)
        if text is None:
            return None
        try:
            self._said_before()
        except (TypeError, ValueError):
            return None
        return text.decode("utf-8", "surrogatepass")

    def keeping_export(self, corrections: Corrections, form: str, chunks: Iterable[str]) -> Iterator[str]:
        """The export's `chunks` as they come; once the last is written, the whole kept in the
        cache (compressed as it goes, never held whole) for `exported`. An export cut short
        (a pipe closed early) is not kept."""
        import zlib

        prefix = self._export_prefix(corrections, form)
        key = self._export_key(prefix)
        if key is None:
            yield from chunks
            return
        packer = zlib.compressobj(1)
        packed = []
        for chunk in chunks:
            packed.append(packer.compress(chunk.encode("utf-8", "surrogatepass")))
            yield chunk
        packed.append(packer.flush())
        self.cache.forget(prefix)  # what older code made of these files
        self.cache.put_compressed(key, b"".join(packed))

    def _export_key(self, prefix: str) -> str | None:
        """The export's key: its prefix, and the digest of the code that made it."""
        digest = code_digest() if self.cache else ""
        return prefix + digest if digest else None

    def _export_prefix(self, corrections: Corrections, form: str) -> str:
        return f"{self._content_key(corrections)}/export/{form}/"

    def _said_before(self) -> None:
        """What reading the files said when the analysis was made, to say again."""
        said = self.cache.get(self._problems_key()) or ()
        self.reading_problems = [Problem(*p) for p in said]

    def read(self, progress=None) -> tuple[list[Article], list[Problem]]:
        """The articles; `progress(done, total)` is told as the files are read."""
        from tui.core.ingest import read_articles

        articles, self.reading_problems = read_articles(self.files, progress)
        return articles, self.reading_problems

    def analyse(self, articles: list[Article], corrections: Corrections) -> Comparison:
        """The analysis; `store` it afterwards to find it next time."""
        from tui.core.compare import compare

        return compare(articles, corrections)

    def store(self, comparison: Comparison, corrections: Corrections) -> None:
        """Keep what reading the files found wrong, then the analysis in the cache: whoever finds
        the analysis there (a reader opened again while this one still writes) finds that too."""
        if self.cache:
            self.cache.forget_other_versions()  # the cache does not grow with each new version
            self.cache.put(self._problems_key(), [(p.path, p.message, p.skipped) for p in self.reading_problems])
        self._store(comparison, corrections)

    def correct(self, comparison: Comparison, corrections: Corrections) -> Comparison:
        """The same analysis with the names grouped again under new corrections. The names are
        read at the first correction and kept for the next ones (200 articles: 0.6 s each)."""
        from tui.core.compare import names_of, with_corrections

        if self._names is None or self._names[0] is not comparison.articles:
            self._names = (comparison.articles, names_of(comparison))
        corrected = with_corrections(comparison, corrections, self._names[1])
        self._store(corrected, corrections)
        return corrected

    def _store(self, comparison: Comparison, corrections: Corrections) -> None:
        from tui.core.codec import pack
        from tui.core.collector import collector_paused

        if not self.cache:
            return
        with collector_paused():  # packing makes as many objects as the analysis holds, no garbage
            kept = self.cache.put(self._content_key(corrections), pack(comparison))
        if not kept and self.cache.db.warning:
            self._warn(self.cache.db.warning)

    def _problems_key(self) -> str:
        """Where what reading the files said is kept: corrections to the names do not change it."""
        return self._content_key(Corrections()) + "/problems"

    def _content_key(self, corrections: Corrections) -> str:
        if self._digests is None:  # each file read and hashed once per session
            self._digests = [file_digest(f) for f in self.files]
        return content_key(self._digests, extra=repr(corrections.steps))

    def _warn(self, warning: str) -> None:
        if warning not in self.warnings:
            self.warnings.append(warning)


def rows_for_reader(comparison: Comparison, state: ReaderState) -> None:
    """Make the rows of the pivot the reader will show (off the screen's thread: on 200
    articles they take a tenth of a second)."""
    comparison.rows_for(state.pivot_in(comparison))


class MemorySession(Session):
    """A session of articles already read, remembering nothing: for tests and tools."""

    def __init__(self, articles: list[Article], corpus: str = "", problems: list[Problem] | None = None):
        super().__init__([Path(a.path) for a in articles], None, corpus or "articles")
        self.articles = articles
        self.problems = problems or []

    def read(self, progress=None) -> tuple[list[Article], list[Problem]]:
        return self.articles, self.problems


def _corpus_name(files: list[Path]) -> str:
    folders = {visible(f.resolve().parent.name) for f in files}  # shown in the header
    return folders.pop() if len(folders) == 1 else f"{len(files)} files"
