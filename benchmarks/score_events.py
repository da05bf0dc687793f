"""The development scorer's figures on the events written for the project
(`tests/data/events`), or on any folder of events with gold in the scorer's form: links,
conflicts, names, site furniture, and their means.

    python benchmarks/score_events.py [--scorer ../shared/eval/score.py] [--events DIR]

Each event is a folder holding its gold.json and its articles (or an `articles` folder that
holds them: real articles annotated for measuring stay outside the project, beside their
gold). Exports each as `parallax export --format json` does and scores it with the scorer of
the development sets (not part of the project; by default beside the checkout). Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

from tui.core.compare import compare
from tui.core.export import json_chunks
from tui.core.ingest import load_corpus

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "tests" / "data" / "events"
FIGURES = ("links.precision", "links.recall", "links.f1", "conflicts.recall", "entities.b3_f1",
           "boilerplate.recall", "body.kept")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--events", type=Path, default=EVENTS, help="a folder of events (default: the written ones)")
    args = ap.parse_args()
    scorer = args.scorer
    spec = importlib.util.spec_from_file_location("score", scorer)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    print(f"{'event':22s}" + "".join(f"{f:>19s}" for f in FIGURES))
    totals = dict.fromkeys(FIGURES, 0.0)
    events = sorted(p for p in args.events.iterdir() if (p / "gold.json").is_file())
    for event in events:
        articles, _ = load_corpus([event / "articles" if (event / "articles").is_dir() else event])
        export = score.Export(json.loads("".join(json_chunks(compare(articles)))))
        gold = json.loads((event / "gold.json").read_text())
        figures = {}
        for part in (score.score_links, score.score_conflicts, score.score_entities, score.score_boilerplate):
            figures.update(part(export, gold))
        print(f"{event.name:22s}" + "".join(f"{figures[f]:19.3f}" for f in FIGURES))
        for f in FIGURES:
            totals[f] += figures[f]
    if events:
        print(f"{'mean':22s}" + "".join(f"{totals[f] / len(events):19.4f}" for f in FIGURES))


if __name__ == "__main__":
    main()
