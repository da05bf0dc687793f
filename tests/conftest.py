import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
# Config, state and cache of every test (and of the commands they run) live in a scratch
# folder, never in the user's own.
_HOME = Path(tempfile.mkdtemp(prefix="parallax-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

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
