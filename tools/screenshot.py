"""Write the README's pictures: docs/parallax.svg, the sample corpus at 160x44 with the first
divergence shown, and docs/facts.svg, its Facts view at 120x30.

    python tools/screenshot.py
"""

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


async def picture(size: tuple[int, int], key: str, name: str) -> None:
    """The sample corpus at `size`, analysed, after `key`, saved as docs/`name`."""
    from tui.app import ParallaxApp
    from tui.core.ingest import load_corpus
    from tui.core.session import MemorySession

    articles, _ = load_corpus([ROOT / "sample_corpus"])
    app = ParallaxApp(MemorySession(articles, corpus="sample_corpus"))
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        app.save_screenshot(str(ROOT / "docs" / name))


async def main() -> None:
    await picture((160, 44), "right_square_bracket", "parallax.svg")
    await picture((120, 30), "f", "facts.svg")


if __name__ == "__main__":
    asyncio.run(main())
