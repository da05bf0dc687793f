"""Build Articles from strings, as ingest would from files."""

from pathlib import Path

from tui.core.align import align
from tui.core.blocks import text_blocks
from tui.core.entities import read_names
from tui.core.ingest import RawArticle, classify_corpus
from tui.core.sanitize import sanitize


def articles_from(*texts: str, ids: list[str] | None = None):
    """Articles a0, a1, … (or named by `ids`) telling these texts."""
    ids = ids or [f"a{n}" for n in range(len(texts))]
    raw = [RawArticle(Path(f"{i}.txt"), tuple(text_blocks(sanitize(t))), {}, "utf-8") for i, t in zip(ids, texts)]
    raw = [r for r in raw if r.blocks]
    return classify_corpus(raw, [r.path.stem for r in raw])


def features_of(*texts: str) -> list[frozenset[str]]:
    """The features of each sentence of these articles, their names read as the analysis
    reads them: by the one reading of the whole story's names."""
    articles = articles_from(*texts)
    alignment = align(articles, read_names(articles))
    return [alignment.features(sid) for sid in range(len(alignment.sentences))]


# Four outlets: three tell that a flood closed a bridge, two count the homes left without
# power differently, one tells only of a concert.
FLOOD_STORY = (
    "Flooding closed the Orrin bridge on Friday, officials in Kelso said.\n\n"
    "The storm left 40 homes without power in the valley.",
    "Officials in Kelso said flooding closed the Orrin bridge on Friday.\n\n"
    "The storm left 55 homes without power in the valley.",
    "The Orrin bridge was closed by flooding on Friday, Kelso officials said.",
    "A charity concert raised money for the Kelso animal shelter.",
)
