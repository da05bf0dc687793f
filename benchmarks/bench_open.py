"""Cold and warm opens of generated corpora: the export and the reader, with peak memory.

    python benchmarks/bench_open.py [--sizes 10 50 200]

Cold: an empty cache. Warm: the same files again, the analysis read from the cache. The
reader is timed in a pseudo-terminal at 200x50: its first frame, and the moment the
analysis is on screen. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_reader import Terminal  # noqa: E402


def export(folder: Path, env: dict) -> tuple[float, float]:
    """(seconds, peak MB) of `parallax export` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "export", str(folder), "-o", os.devnull], check=True, env=env)
    took = time.perf_counter() - started
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return took, peak


def reader(folder: Path, env: dict) -> tuple[float, float]:
    """(first frame, analysis on screen) in seconds for the reader at 200x50."""
    old = dict(os.environ)
    os.environ.update(env)
    try:
        t = Terminal([sys.executable, "-m", "tui", str(folder)], 200, 50)
        first = t.wait_for(b"Pivot")
        analysed = t.wait_for(b"analysed", timeout=60)
        t.close()
    finally:
        os.environ.clear()
        os.environ.update(old)
    return first, analysed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10, 50, 200])
    ap.add_argument("--export-max", type=int, default=200,
                    help="export only corpora up to this size: generated articles all repeat one "
                         "another, so their links (streamed) grow with the square of the articles")
    args = ap.parse_args()
    print(f"{'articles':>8} {'export cold s':>13} {'warm s':>7} {'peak MB':>8} "
          f"{'reader 1st frame s':>19} {'analysed cold s':>16} {'analysed warm s':>16}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "corpus"
            subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), str(folder), "--articles", str(n)],
                           check=True, capture_output=True)
            env = {**os.environ, **{k: str(Path(tmp) / k) for k in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")}}
            cold = warm = peak = float("nan")
            if n <= args.export_max:
                cold, peak = export(folder, env)
                warm, _ = export(folder, env)
            env_reader = {**env, "XDG_CACHE_HOME": str(Path(tmp) / "reader-cache")}
            first, analysed_cold = reader(folder, env_reader)
            _, analysed_warm = reader(folder, env_reader)
            print(f"{n:>8} {cold:>13.2f} {warm:>7.2f} {peak:>8.0f} {first:>19.2f} {analysed_cold:>16.2f} {analysed_warm:>16.2f}")


if __name__ == "__main__":
    main()
