"""How soon the Facts view is on screen after `f`, in a pseudo-terminal at 200x50.

    python benchmarks/bench_facts_view.py [--corpus FOLDER] [--runs 15]

Opens the reader (the sample corpus by default), waits for the analysis, then presses `f`
and times until the view's title is written, and Esc back; then `j` the same number of
times, for the pace of the machine. Prints medians; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reader import Terminal  # noqa: E402


def open_times(corpus: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Seconds to the Facts view after f, and (for the machine's pace) to the repaint after j."""
    t = Terminal([sys.executable, "-m", "tui", *corpus], 200, 50)
    t.wait_for(b"analysed", timeout=300)
    times = []
    for _ in range(runs):
        t.settle()
        t.output = b""
        sent = time.perf_counter()
        t.started = sent
        os.write(t.fd, b"f")
        times.append(t.wait_for(b"Facts: "))
        t.settle()
        os.write(t.fd, b"\x1b")
    reference = [t.key("j")[0] for _ in range(runs)]
    t.close()
    return times, reference


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="a folder of articles (default: the bundled sample)")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    times, reference = open_times([args.corpus] if args.corpus else [], args.runs)
    print(f"Facts view on screen after f: median {statistics.median(times) * 1000:.0f} ms, "
          f"worst {max(times) * 1000:.0f} ms ({len(times)} opens); "
          f"a row down (j) for comparison: median {statistics.median(reference) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
