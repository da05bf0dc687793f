"""How soon the Facts view is on screen after `f`, in a pseudo-terminal at 200x50.

    python benchmarks/bench_facts_view.py [--corpus FOLDER] [--runs 15]

Opens the reader (the sample corpus by default), waits for the analysis, then presses `f`
and times until the view's title is written, and Esc back; the first opening apart (what a
reader meets once), then the median of the others. Before each `f` the reader is left quiet
for half a second: the repaint after Esc (the reader's footer is made anew) is not counted.
Besides the clock, the CPU time the reader's main thread spent meanwhile, which a loaded
machine does not inflate as much. Then `j` the same number of times, for the pace of the
machine. Prints figures; asserts nothing.
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

QUIET = 0.5  # seconds without output before each key


def main_thread_cpu(pid: int) -> float:
    """Seconds the program's main thread has run on a CPU (Linux; 0 elsewhere): unlike the
    clock, it does not grow when other programs take the machine."""
    try:
        return int(Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


def open_times(corpus: list[str], runs: int) -> tuple[list[float], list[float], list[float]]:
    """Seconds to the Facts view after f by the clock and in the main thread's CPU, and (for
    the machine's pace) to the repaint after j."""
    t = Terminal([sys.executable, "-m", "tui", *corpus], 200, 50)
    t.wait_for(b"analysed", timeout=300)
    times, cpu = [], []
    for _ in range(runs):
        t.settle(QUIET)
        t.output = b""
        t.started = time.perf_counter()
        cpu_before = main_thread_cpu(t.pid)
        os.write(t.fd, b"f")
        times.append(t.wait_for(b"Facts: "))
        cpu.append(main_thread_cpu(t.pid) - cpu_before)
        t.settle()
        os.write(t.fd, b"\x1b")
    reference = [t.key("j")[0] for _ in range(runs)]
    t.close()
    return times, cpu, reference


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="a folder of articles (default: the bundled sample)")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    times, cpu, reference = open_times([args.corpus] if args.corpus else [], max(2, args.runs))
    print(f"Facts view on screen after f: first {times[0] * 1000:.0f} ms (main thread CPU {cpu[0] * 1000:.0f} ms); "
          f"then median {statistics.median(times[1:]) * 1000:.0f} ms, worst {max(times[1:]) * 1000:.0f} ms "
          f"(CPU median {statistics.median(cpu[1:]) * 1000:.1f} ms; {len(times) - 1} opens); "
          f"a row down (j) for comparison: median {statistics.median(reference) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
