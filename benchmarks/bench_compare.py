"""How long reading and compare() take on the sample and on generated corpora, stage by
stage, and the memory.

    python benchmarks/bench_compare.py [--sizes 10 50 200] [--repeat 3]

Prints figures (CPU milliseconds, which say more than the clock on a machine that other
work shares); asserts nothing. Each size runs in a fresh process, so peak memory (the
maximum resident set size) is that size's own. The stages are timed by wrapping the
functions compare() calls, so the figures follow compare.py as it is.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# compare.py's name for each stage function -> the column it is shown in
STAGES = {"read_names": "names", "align": "align", "find_divergences": "divergences", "find_facts": "facts",
          "agreement_spans": "spans", "with_fact_support": "spans", "find_entities": "entities", "rows_for": "rows"}
COLUMNS = ["read", "names", "align", "divergences", "facts", "spans", "entities", "rows"]


def timing_stages(spent: dict[str, float]) -> None:
    """Wrap the stage functions compare() calls so that each adds its time to `spent`."""
    from tui.core import compare

    def timed(column, function):
        def run(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[column] += time.process_time() - started
        return run

    for name, column in STAGES.items():
        setattr(compare, name, timed(column, getattr(compare, name)))


def measure(folder: str, repeat: int) -> dict:
    from tui.core.compare import compare
    from tui.core.ingest import load_corpus

    runs: list[dict[str, float]] = []
    spent: dict[str, float] = defaultdict(float)
    timing_stages(spent)
    for _ in range(repeat):
        spent.clear()
        t0 = time.process_time()
        articles, _ = load_corpus([folder])
        t1 = time.process_time()
        comparison = compare(articles)
        t2 = time.process_time()
        runs.append({**spent, "read": t1 - t0, "compare": t2 - t1})
    sentences = sum(len(p.sentences) for a in articles for p in a.paragraphs if p.kind == "body")
    return {
        "articles": len(articles),
        "sentences": sentences,
        **{k: 1000 * statistics.median(r.get(k, 0.0) for r in runs) for k in [*COLUMNS, "compare"]},
        "divergences_found": len(comparison.divergences),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10, 50, 200])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one folder, print JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.repeat)))
        return
    print(f"{'corpus':>10} {'articles':>8} {'sentences':>9} {'compare ms':>10} "
          + " ".join(f"{c + ' ms':>14}" for c in COLUMNS) + f" {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        corpora = [("sample", str(ROOT / "sample_corpus"))]
        for n in args.sizes:
            folder = Path(tmp) / f"g{n}"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), str(folder),
                            "--articles", str(n)], check=True, capture_output=True)
            corpora.append(("generated", str(folder)))
        for name, folder in corpora:
            out = subprocess.run([sys.executable, __file__, "--one", folder, "--repeat", str(args.repeat)],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out)
            print(f"{name:>10} {r['articles']:>8} {r['sentences']:>9} {r['compare']:>10.0f} "
                  + " ".join(f"{r[c]:>14.0f}" for c in COLUMNS) + f" {r['peak_mb']:>8.0f}")


if __name__ == "__main__":
    main()
