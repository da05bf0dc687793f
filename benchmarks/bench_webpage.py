"""How long reading a saved web page takes: trafilatura's import, then each page.

    python benchmarks/bench_webpage.py [FOLDER ...] [--repeat 5]

The articles of each folder (default: the sample corpus) are made into web pages at run
time, plain (a header, a menu, related stories, a footer) and heavy as a real news site's
(a menu of 400 links, a 150 KB inline script). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = {"plain": {}, "heavy": {"menu_links": 400, "script_kb": 150}}


def import_seconds() -> float:
    code = "import time; t = time.perf_counter(); import trafilatura; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout) for _ in range(3)]
    return statistics.median(runs)


def per_page_ms(pages: list[str], repeat: int) -> list[float]:
    from tui.core.webpage import read_page

    read_page(pages[0])  # the import, counted apart
    times = []
    for _ in range(repeat):
        for page in pages:
            started = time.perf_counter()
            read_page(page)
            times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    from tests.webpages import SITES, page_of
    from tui.core.ingest import load_corpus

    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "sample_corpus")])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"import trafilatura: {import_seconds() * 1000:.0f} ms (once per process, only when a page is read)")
    for folder in args.folders:
        articles, _ = load_corpus([folder])
        for kind, heft in KINDS.items():
            pages = [page_of(a, SITES[i % len(SITES)], **heft) for i, a in enumerate(articles)]
            times = per_page_ms(pages, args.repeat)
            size = statistics.mean(len(p.encode()) for p in pages) / 1024
            print(f"{Path(folder).name}, {kind} pages ({len(pages)}, {size:.0f} KB on average): "
                  f"median {statistics.median(times):.1f} ms a page, slowest {max(times):.1f} ms")


if __name__ == "__main__":
    main()
