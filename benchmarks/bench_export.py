"""`parallax export --format json` on generated corpora: cold and warm time, peak memory and
output size, and how the cold time grows with the number of articles.

    python benchmarks/bench_export.py [--sizes 10 50 200 1000] [--repeat 1]

Cold: an empty cache. Warm: the same files again, the export read from the cache. Each run
is a fresh process of the command, with the package's bytecode compiled first, as `pip
install` leaves it (PYTHONDONTWRITEBYTECODE would otherwise have every run compile it). With
--repeat, the medians. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def export(folder: Path, out: Path, env: dict) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak MB) of one `parallax export` in a fresh process. The CPU
    time says more than the clock on a machine that other work shares."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "export", str(folder), "--format", "json", "-o", str(out)],
                   check=True, env=env)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    peak = after.ru_maxrss / 1024
    return took, cpu, (peak if after.ru_maxrss > before.ru_maxrss else float("nan"))  # a smaller peak is hidden


def cold_and_warm(folder: Path, tmp: Path, run: int) -> tuple[tuple, tuple, float]:
    """(cold, warm, output MB) with a cache of their own."""
    places = tmp / f"run{run}"
    env = {**os.environ, **{k: str(places / k) for k in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")}}
    out = tmp / "out.json"
    cold = export(folder, out, env)
    warm = export(folder, out, env)
    return cold, warm, out.stat().st_size / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10, 50, 200, 1000])
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "tui")], check=True)
    print(f"{'articles':>8} {'cold s':>7} {'cpu s':>6} {'warm s':>7} {'cpu s':>6} {'peak MB':>8} {'output MB':>9} "
          f"{'growth exponent (cpu)':>21}")
    last = None
    for n in sorted(args.sizes):  # ascending, so each run's peak is visible in ru_maxrss
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), str(folder), "--articles", str(n)],
                           check=True, capture_output=True)
            runs = [cold_and_warm(folder, Path(tmp), r) for r in range(args.repeat)]
        (cold, cold_cpu), (warm, warm_cpu) = (
            (statistics.median(r[k][0] for r in runs), statistics.median(r[k][1] for r in runs)) for k in (0, 1))
        peak = max(r[0][2] for r in runs)
        size = runs[0][2]
        # cold CPU time ~ n^k between this size and the last: 1 is linear, 2 quadratic
        growth = math.log(cold_cpu / last[1]) / math.log(n / last[0]) if last else float("nan")
        last = (n, cold_cpu)
        print(f"{n:>8} {cold:>7.2f} {cold_cpu:>6.2f} {warm:>7.2f} {warm_cpu:>6.2f} {peak:>8.0f} {size:>9.1f} "
              f"{growth:>21.2f}")


if __name__ == "__main__":
    main()
