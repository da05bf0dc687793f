"""How compare() grows with one very long sentence: an article written as one line of thousands
of counts, ages, years, tallies and quotations (a table or a transcript pasted as prose), beside a
short article. Work that each count does over its whole sentence makes the time grow with the
square of the line; it should grow with its length.

    python benchmarks/bench_long_line.py [--clauses 250 500 1000 2000]

Prints figures (CPU seconds of compare(), one fresh process per size); asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_corpus(folder: Path, clauses: int) -> int:
    """One article of one sentence of `clauses` clauses, and a short one; the long one's size in bytes."""
    rng = random.Random(clauses)
    n = lambda: rng.randint(2, 90)  # noqa: E731 - a count, drawn afresh at each use
    parts = [f"{n()} people, including {n()} children, were killed in town {k}, {n()} others were hurt, "
             f"the party won {n()} seats in the {n()}-seat council, Ana Vel{k}, {n()}, was jailed for {n()} years, "
             f"another {n()} were arrested in {2000 + k % 20}, in 2011, when {n()} voted for and {n()} against, "
             f"\"we will rebuild the hall\" Mayor Ivo Ray{k} of Town{k} told reporters on Tuesday, "
             f"Eva Lind{k}, {n()} years, and {n()},000 protesters rallied in Port{k} and Ivo Ray{k} was arrested there, "
             f"and all the miners crossed the line, but some of them did not, except two"
             for k in range(clauses)]
    folder.mkdir(parents=True, exist_ok=True)
    line = "Officials said " + ", ".join(parts) + ".\n"
    (folder / "one_line.txt").write_text(line)
    (folder / "short.txt").write_text("Police said 12 people were killed on Tuesday in a blast at the market.\n")
    return len(line.encode())


def measure(folder: str) -> dict:
    from tui.core.compare import compare
    from tui.core.ingest import load_corpus

    articles, _ = load_corpus([folder])
    started = time.process_time()
    comparison = compare(articles)
    return {"seconds": time.process_time() - started, "divergences": len(comparison.divergences)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clauses", type=int, nargs="*", default=[250, 500, 1000, 2000])
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one folder, print JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    print(f"{'clauses':>8} {'line KB':>8} {'compare s':>10} {'ms per KB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for clauses in args.clauses:
            folder = Path(tmp) / f"c{clauses}"
            size = write_corpus(folder, clauses)
            out = subprocess.run([sys.executable, __file__, "--one", str(folder)],
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out)
            print(f"{clauses:>8} {size / 1024:>8.0f} {r['seconds']:>10.2f} {1000 * r['seconds'] / (size / 1024):>10.1f}")


if __name__ == "__main__":
    main()
