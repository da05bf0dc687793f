"""The analysis cache keeps pickled values: a change to their fields needs a new ANALYSIS_VERSION,
else an older cache would hand back values of the old shape."""

import dataclasses
import hashlib
import typing

from tui.core import model
from tui.core.store import ANALYSIS_VERSION

# What the cache holds: the Comparison (through codec.py); the alignment is not kept.
CACHED = (model.Comparison, model.Article, model.Paragraph, model.Sentence, model.Ref, model.Fact, model.Place,
          model.Span, model.Entity, model.Mention, model.Divergence)

# The ANALYSIS_VERSION number at which the cached classes' fields took a shape -> that shape's
# fingerprint, which holds for every later number until the next entry.
FINGERPRINTS = {29: "624e8159ad03", 44: "088a692026f3"}


def fingerprint() -> str:
    shapes = []
    for cls in CACHED:
        names = [f.name for f in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else list(cls._fields)
        hints = typing.get_type_hints(cls)
        shapes.append(f"{cls.__name__}(" + ", ".join(f"{n}: {hints.get(n)}" for n in names) + ")")
    return hashlib.sha256("\n".join(shapes).encode()).hexdigest()[:12]


def test_the_cached_fields_changed_only_with_a_new_analysis_version():
    number = int(ANALYSIS_VERSION.rsplit("/", 1)[1])
    assert FINGERPRINTS[max(n for n in FINGERPRINTS if n <= number)] == fingerprint(), (
        f"the cached values' fields are {fingerprint()}: bump ANALYSIS_VERSION in store.py and record "
        "the new fingerprint under its number in FINGERPRINTS")
