import os
from pathlib import Path

import pytest

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_corpus"


@pytest.fixture(scope="session")
def sample_articles():
    from tui.core.ingest import load_corpus

    articles, problems = load_corpus([SAMPLE])
    assert not problems
    return articles


@pytest.fixture(scope="session")
def sample_comparison(sample_articles):
    from tui.core.compare import compare

    return compare(sample_articles)
