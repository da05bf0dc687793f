"""Build Articles from strings, as ingest would from files."""

from pathlib import Path

from tui.core.blocks import text_blocks
from tui.core.ingest import RawArticle, classify_corpus
from tui.core.sanitize import sanitize


def articles_from(*texts: str):
    raw = [RawArticle(Path(f"a{n}.txt"), tuple(text_blocks(sanitize(t))), {}, "utf-8") for n, t in enumerate(texts)]
    raw = [r for r in raw if r.blocks]
    return classify_corpus(raw, [r.path.stem for r in raw])
