"""Write docs/parallax.svg: the sample corpus at 160x44 with the first divergence shown.

    python tools/screenshot.py
"""

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


async def main() -> None:
    from tui.app import ParallaxApp
    from tui.core.ingest import load_corpus

    articles, _ = load_corpus([ROOT / "sample_corpus"])
    from tui.core.session import MemorySession

    app = ParallaxApp(MemorySession(articles, corpus="sample_corpus"))
    async with app.run_test(size=(160, 44)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("right_square_bracket")
        await pilot.pause()
        app.save_screenshot(str(ROOT / "docs" / "parallax.svg"))


if __name__ == "__main__":
    asyncio.run(main())
