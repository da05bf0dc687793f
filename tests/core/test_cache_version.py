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

# ANALYSIS_VERSION's number -> the fingerprint of the cached classes' fields at that version.
FINGERPRINTS = {"29": "624e8159ad03", "30": "624e8159ad03", "31": "624e8159ad03", "32": "624e8159ad03", "33": "624e8159ad03",
                "34": "624e8159ad03", "35": "624e8159ad03", "36": "624e8159ad03", "37": "624e8159ad03", "38": "624e8159ad03", "39": "624e8159ad03",
                "40": "624e8159ad03", "41": "624e8159ad03", "42": "624e8159ad03", "43": "624e8159ad03", "44": "088a692026f3", "45": "088a692026f3", "46": "088a692026f3", "47": "088a692026f3", "48": "088a692026f3", "49": "088a692026f3", "50": "088a692026f3", "51": "088a692026f3", "52": "088a692026f3", "53": "088a692026f3", "54": "088a692026f3", "55": "088a692026f3", "56": "088a692026f3", "57": "088a692026f3", "58": "088a692026f3", "59": "088a692026f3", "60": "088a692026f3", "61": "088a692026f3", "62": "088a692026f3", "63": "088a692026f3", "64": "088a692026f3", "65": "088a692026f3", "66": "088a692026f3", "67": "088a692026f3", "68": "088a692026f3", "69": "088a692026f3", "70": "088a692026f3", "71": "088a692026f3", "72": "088a692026f3", "73": "088a692026f3", "74": "088a692026f3", "75": "088a692026f3", "76": "088a692026f3", "77": "088a692026f3", "78": "088a692026f3", "79": "088a692026f3", "80": "088a692026f3", "81": "088a692026f3", "82": "088a692026f3", "83": "088a692026f3", "84": "088a692026f3", "85": "088a692026f3", "86": "088a692026f3", "87": "088a692026f3", "88": "088a692026f3", "89": "088a692026f3", "90": "088a692026f3", "91": "088a692026f3", "92": "088a692026f3", "93": "088a692026f3", "94": "088a692026f3", "95": "088a692026f3", "96": "088a692026f3", "97": "088a692026f3", "98": "088a692026f3", "99": "088a692026f3", "100": "088a692026f3", "101": "088a692026f3", "102": "088a692026f3", "103": "088a692026f3", "104": "088a692026f3", "105": "088a692026f3", "106": "088a692026f3", "107": "088a692026f3", "108": "088a692026f3", "109": "088a692026f3", "110": "088a692026f3", "111": "088a692026f3", "112": "088a692026f3", "113": "088a692026f3", "114": "088a692026f3", "115": "088a692026f3", "116": "088a692026f3", "117": "088a692026f3", "118": "088a692026f3", "119": "088a692026f3", "120": "088a692026f3", "121": "088a692026f3", "122": "088a692026f3", "123": "088a692026f3", "124": "088a692026f3", "125": "088a692026f3", "126": "088a692026f3", "127": "088a692026f3", "128": "088a692026f3", "129": "088a692026f3", "130": "088a692026f3", "131": "088a692026f3", "132": "088a692026f3", "133": "088a692026f3", "134": "088a692026f3", "135": "088a692026f3", "136": "088a692026f3", "137": "088a692026f3", "138": "088a692026f3", "139": "088a692026f3", "140": "088a692026f3", "141": "088a692026f3", "142": "088a692026f3", "143": "088a692026f3", "144": "088a692026f3", "145": "088a692026f3", "146": "088a692026f3", "147": "088a692026f3", "148": "088a692026f3", "149": "088a692026f3", "150": "088a692026f3", "151": "088a692026f3", "152": "088a692026f3", "153": "088a692026f3", "154": "088a692026f3", "155": "088a692026f3", "156": "088a692026f3", "157": "088a692026f3", "158": "088a692026f3", "159": "088a692026f3", "160": "088a692026f3", "161": "088a692026f3", "162": "088a692026f3", "163": "088a692026f3", "164": "088a692026f3", "165": "088a692026f3", "166": "088a692026f3", "167": "088a692026f3", "168": "088a692026f3", "169": "088a692026f3", "170": "088a692026f3", "171": "088a692026f3", "172": "088a692026f3", "173": "088a692026f3", "174": "088a692026f3", "175": "088a692026f3", "176": "088a692026f3", "177": "088a692026f3", "178": "088a692026f3", "179": "088a692026f3", "180": "088a692026f3", "181": "088a692026f3", "182": "088a692026f3"}


def fingerprint() -> str:
    shapes = []
    for cls in CACHED:
        names = [f.name for f in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else list(cls._fields)
        hints = typing.get_type_hints(cls)
        shapes.append(f"{cls.__name__}(" + ", ".join(f"{n}: {hints.get(n)}" for n in names) + ")")
    return hashlib.sha256("\n".join(shapes).encode()).hexdigest()[:12]


def test_the_cached_fields_changed_only_with_a_new_analysis_version():
    number = ANALYSIS_VERSION.rsplit("/", 1)[1]
    assert FINGERPRINTS.get(number) == fingerprint(), (
        f"the cached values' fields are {fingerprint()}: bump ANALYSIS_VERSION in store.py and record "
        "the new fingerprint under its number in FINGERPRINTS")
