"""Write a large corpus generated from the sample: sentences shuffled, recombined, numbers changed.

    python benchmarks/generate_corpus.py OUT_DIR --articles 200 --paragraphs 40 [--seed 1]

Each article draws body sentences from the whole sample corpus, so facts recur across
articles as they do in real coverage of one event; some numbers are changed so that
divergences occur; every article keeps a headline and some furniture at its end.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core.ingest import load_corpus  # noqa: E402
from tui.resources import sample_corpus  # noqa: E402

_NUMBER = re.compile(r"\b\d{1,4}\b")


def sample_sentences() -> tuple[list[str], list[str]]:
    articles, _ = load_corpus([sample_corpus()])
    sentences, furniture = [], []
    for a in articles:
        for p in a.paragraphs:
            if p.kind == "body":
                sentences += [p.text[s.start:s.end] for s in p.sentences]
            elif p.kind == "boilerplate":
                furniture.append(p.text)
    return sentences, furniture


def generate(out: Path, articles: int, paragraphs: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    sentences, furniture = sample_sentences()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(articles):
        body = []
        for _ in range(paragraphs):
            picked = [_vary(rng.choice(sentences), rng) for _ in range(rng.choice((1, 1, 2, 3)))]
            body.append(" ".join(picked))
        headline = rng.choice(sentences).rstrip(".")
        tail = rng.sample(furniture, k=min(3, len(furniture)))
        path = out / f"{n:03d}_generated.txt"
        path.write_text("\n\n".join([headline, *body, *tail]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _vary(sentence: str, rng: random.Random) -> str:
    """One time in five, change a number: the same fact, told differently."""
    if rng.random() < 0.2:
        return _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), sentence, count=1)
    return sentence


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--paragraphs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    paths = generate(args.out, args.articles, args.paragraphs, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
