"""How long ingest and compare() take on the sample and on generated corpora, and the memory.

    python benchmarks/bench_compare.py [--sizes 10 50 200] [--repeat 3]

Prints figures; asserts nothing. Each size runs in a fresh process, so peak memory (the
maximum resident set size) is that size's own.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(folder: str, repeat: int) -> dict:
    from tui.core.compare import compare
    from tui.core.entities import find_entities
    from tui.core.ingest import load_corpus

    ingest, analysis, names = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        articles, _ = load_corpus([folder])
        t1 = time.perf_counter()
        comparison = compare(articles)
        t2 = time.perf_counter()
        find_entities(articles)
        t3 = time.perf_counter()
        ingest.append(t1 - t0)
        analysis.append(t2 - t1)
        names.append(t3 - t2)
    sentences = sum(len(p.sentences) for a in articles for p in a.paragraphs if p.kind == "body")
    return {
        "articles": len(articles),
        "paragraphs": sum(len(a.paragraphs) for a in articles),
        "sentences": sentences,
        "ingest_ms": 1000 * statistics.median(ingest),
        "compare_ms": 1000 * statistics.median(analysis),
        "entities_ms": 1000 * statistics.median(names),
        "divergences": len(comparison.divergences),
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
    print(f"{'corpus':>12} {'articles':>8} {'sentences':>9} {'ingest ms':>10} {'compare ms':>11} "
          f"{'ms/1k sent':>10} {'of it names':>11} {'peak MB':>8}")
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
            per_k = r["compare_ms"] / max(1, r["sentences"]) * 1000
            print(f"{name:>12} {r['articles']:>8} {r['sentences']:>9} {r['ingest_ms']:>10.1f} "
                  f"{r['compare_ms']:>11.1f} {per_k:>10.1f} {r['entities_ms']:>11.1f} {r['peak_mb']:>8.0f}")


if __name__ == "__main__":
    main()
