"""The store: config, per-corpus state and the analysis cache, and what happens when they break."""

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from tui.core.model import Corrections, Ref
from tui.core.reader_state import Anchor, ReaderState
from tui.core.session import Session
from tui.core.store import ANALYSIS_VERSION, AnalysisCache, Places, StateStore, read_config, remember_theme

from ..conftest import SAMPLE


@pytest.fixture
def places(tmp_path):
    return Places(tmp_path / "config" / "config.toml", tmp_path / "state" / "state.sqlite3",
                  tmp_path / "cache" / "cache.sqlite3")


def files():
    return sorted(SAMPLE.glob("*.txt"))


def test_state_is_kept_per_set_of_files(places):
    one = Session(files(), places)
    state = ReaderState(pivot="b", anchors=(Anchor(Ref("b", 3), 2),))
    one.remember(state)
    assert Session(list(reversed(files())), places).state() == state
    assert Session(files()[:2], places).state() == ReaderState()
    one.forget()
    assert Session(files(), places).state() == ReaderState()


def test_a_second_open_reads_the_analysis_from_the_cache(places, monkeypatch):
    first = Session(files(), places)
    assert first.cached(Corrections()) is None
    articles, _ = first.read()
    comparison = first.analyse(articles, Corrections())
    first.store(comparison, Corrections())

    import tui.core.compare

    def no_analysis(*args, **kwargs):
        raise AssertionError("the analysis ran again")

    monkeypatch.setattr(tui.core.compare, "compare", no_analysis)
    again = Session(files(), places).cached(Corrections())
    assert again is not None
    assert (again.articles, again.rows, again.facts, again.spans, again.entities, again.divergences) == (
        comparison.articles, comparison.rows, comparison.facts, comparison.spans, comparison.entities,
        comparison.divergences)
    # Another pivot's rows and the links are read off the cached facts.
    other = comparison.articles[2].id
    assert again.rows_for(other) == comparison.rows_for(other)
    assert again.links == comparison.links


def test_opened_early_gives_the_remembered_reading_and_the_cached_analysis(places, monkeypatch):
    first = Session(files(), places)
    first.store(first.analyse(first.read()[0], Corrections()), Corrections())
    state = ReaderState(pivot=first.read()[0][1].id)
    first.remember(state)
    early = Session(files(), places)
    assert early.opened(wait=False) is None  # nothing started: nothing at hand
    early.open_early()
    opened = early.opened()
    assert opened.state == state and opened.comparison is not None
    assert opened.comparison._rows_at_hand(state.pivot) is not None  # the pivot's rows made in the thread

    import tui.core.session

    monkeypatch.setattr(tui.core.session, "EARLY_OPEN_FILES", len(files()) - 1)
    big = Session(files(), places)
    big.open_early()  # too many files: left to the reader's worker, after the first frame
    assert big.opened(wait=False) is None and big.opened().comparison is not None


def test_a_changed_file_or_new_corrections_miss_the_cache(places, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in files():
        (folder / f.name).write_bytes(f.read_bytes())
    session = Session(sorted(folder.glob("*.txt")), places)
    articles, _ = session.read()
    session.store(session.analyse(articles, Corrections()), Corrections())
    assert Session(sorted(folder.glob("*.txt")), places).cached(Corrections()) is not None
    assert Session(sorted(folder.glob("*.txt")), places).cached(Corrections().split("Aldo Verrat")) is None
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text() + "\nA new paragraph about the talks.\n")
    assert Session(sorted(folder.glob("*.txt")), places).cached(Corrections()) is None


def test_a_corrupt_database_is_set_aside_with_one_warning(places):
    places.state.parent.mkdir(parents=True)
    places.state.write_bytes(b"this is not a database at all" * 100)
    store = StateStore(places.state)
    assert "unreadable" in store.db.warning and "made anew" in store.db.warning
    assert store.save("corpus", {"pivot": "x"}) and store.load("corpus") == {"pivot": "x"}
    assert list(places.state.parent.glob("state.sqlite3.corrupt-*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_means_no_store_and_one_warning(places):
    places.state.parent.mkdir(parents=True)
    places.state.parent.chmod(0o500)
    try:
        session = Session(files(), places)
        session.remember(ReaderState(pivot="x"))  # does not raise
        assert session.state() == ReaderState()
        assert any("cannot be used" in w for w in session.warnings)
    finally:
        places.state.parent.chmod(0o700)


def test_a_folder_that_is_a_file_means_no_store_and_one_warning(places):
    places.state.parent.parent.mkdir(parents=True, exist_ok=True)
    places.state.parent.write_text("a file where the folder should be")
    session = Session(files(), places)
    assert session.state() == ReaderState()
    assert [w for w in session.warnings if str(places.state) in w and "going on without it" in w]
    session.remember(ReaderState(pivot="x"))
    assert session.state() == ReaderState() and len(session.warnings) == 1


def test_bad_config_is_a_warning_and_the_defaults(places):
    places.config.parent.mkdir(parents=True)
    places.config.write_text("[reader\ntheme = ")
    config, warnings = read_config(places.config)
    assert config.mode == "aligned" and len(warnings) == 1 and "not valid TOML" in warnings[0]
    places.config.write_text('[reader]\nmode = "sideways"\nsidebar = "yes"\n[keys]\npivot = "P"\nquit = 3\n')
    config, warnings = read_config(places.config)
    assert config.mode == "aligned" and config.sidebar is None and config.keymap == {"pivot": "P"}
    assert len(warnings) == 3


def test_remembering_the_theme_keeps_the_rest_of_the_config(places):
    places.config.parent.mkdir(parents=True)
    places.config.write_text('# my settings\n[reader]\nmode = "reading"  # I like it\n\n[keys]\npivot = "P"\n')
    assert remember_theme(places.config, "nord") is None
    text = places.config.read_text()
    assert '# my settings' in text and 'mode = "reading"  # I like it' in text and 'pivot = "P"' in text
    assert read_config(places.config)[0].theme == "nord"
    assert remember_theme(places.config, "gruvbox") is None
    assert read_config(places.config)[0].theme == "gruvbox" and places.config.read_text().count("theme") == 1


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from tui.core.store import StateStore
    store = StateStore(Path(sys.argv[1]))
    for n in range(int(sys.argv[3])):
        assert store.save(sys.argv[2], {"n": n, "who": sys.argv[2]}), store.db.warning
""")


def test_two_processes_write_state_at_once(places):
    runs = [subprocess.Popen([sys.executable, "-c", WRITER, str(places.state), who, "200"])
            for who in ("one", "two")]
    assert [r.wait(timeout=60) for r in runs] == [0, 0]
    store = StateStore(places.state)
    assert store.load("one") == {"n": 199, "who": "one"} and store.load("two") == {"n": 199, "who": "two"}


def test_a_process_killed_mid_write_leaves_a_consistent_store(places):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(places.state), "corpus", "1000000"])
    try:
        # Wait until it has committed something: by the clock, as a loaded machine starts the
        # writer slowly (a count of attempts ran out before it had written, now and then).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            store = StateStore(places.state)
            found = store.load("corpus")
            store.db.close()
            if found:
                break
            time.sleep(0.01)
    finally:
        writer.kill()
        writer.wait()
    reopened = StateStore(places.state)
    state = reopened.load("corpus")
    assert state["who"] == "corpus" and state["n"] >= 0
    assert reopened.save("corpus", {"n": -1}) and reopened.load("corpus") == {"n": -1}


def test_an_export_written_whole_is_kept_and_given_back_by_the_same_code_only(places, monkeypatch):
    from tui.core import session as session_module
    from tui.core.export import json_chunks

    first = Session(files(), places)
    articles, _ = first.read()
    comparison = first.analyse(articles, Corrections())
    first.store(comparison, Corrections())
    assert first.exported(Corrections(), "json") is None
    written = "".join(first.keeping_export(Corrections(), "json", json_chunks(comparison)))
    assert written == "".join(json_chunks(comparison))
    assert Session(files(), places).exported(Corrections(), "json") == written
    assert Session(files(), places).exported(Corrections(), "csv") is None
    assert Session(files(), places).exported(Corrections().split("Harbour"), "json") is None
    monkeypatch.setattr(session_module, "code_digest", lambda: "other code")
    assert Session(files(), places).exported(Corrections(), "json") is None


def test_an_export_cut_short_is_not_kept(places):
    session = Session(files(), places)
    chunks = session.keeping_export(Corrections(), "json", iter(["{", '"schema": 1', "}"]))
    next(chunks)
    chunks.close()  # the pipe was closed after the first piece
    assert Session(files(), places).exported(Corrections(), "json") is None


def test_a_kept_export_someone_else_wrote_is_never_given_back(places):
    import zlib

    session = Session(files(), places)
    "".join(session.keeping_export(Corrections(), "json", iter(["{}"])))
    session.cache.db.write("UPDATE analysis SET data = ?", (b"\0" * 32 + zlib.compress(b'{"planted": 1}'),))
    assert Session(files(), places).exported(Corrections(), "json") is None


def test_a_damaged_cache_entry_is_a_miss(places):
    cache = AnalysisCache(places.cache)
    cache.db.write("INSERT INTO analysis (key, version, data, saved) VALUES (?, ?, ?, 0)",
                   ("k", ANALYSIS_VERSION, b"garbage"))
    assert cache.get("k") is None


def test_paths_command_names_the_three_places():
    run = subprocess.run([sys.executable, "-m", "tui", "paths"], capture_output=True, text=True)
    assert run.returncode == 0
    lines = run.stdout.splitlines()
    assert [l.split()[0] for l in lines] == ["config", "state", "cache"]
    assert lines[0].endswith("config.toml") and os.environ["XDG_CONFIG_HOME"] in lines[0]


def test_export_uses_the_cache_the_second_time(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = [subprocess.run([sys.executable, "-m", "tui", "export", str(SAMPLE)], capture_output=True, text=True, env=env)
           for _ in range(2)]
    assert out[0].stdout == out[1].stdout and json.loads(out[1].stdout)["schema"] == "parallax.export/2"
    assert (tmp_path / "cache" / "parallax" / "cache.sqlite3").exists()



def test_two_instances_making_the_database_at_once_never_set_it_aside(places):
    for round_ in range(8):
        state = places.state.with_name(f"state{round_}.sqlite3")
        runs = [subprocess.Popen([sys.executable, "-c", WRITER, str(state), who, "1"]) for who in ("one", "two")]
        assert [r.wait(timeout=60) for r in runs] == [0, 0]
        store = StateStore(state)
        assert store.load("one") == {"n": 0, "who": "one"} and store.load("two") == {"n": 0, "who": "two"}
    assert not list(places.state.parent.glob("*.corrupt-*"))


class Planted:
    """A pickle that, loaded, writes a file: what an attacker would plant in the cache."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def analysed_session(places):
    session = Session(files(), places)
    articles, _ = session.read()
    session.store(session.analyse(articles, Corrections()), Corrections())
    return session


def plant(places, session, data: bytes) -> None:
    """Over every entry of the cache, `data`, as someone who can write the database would."""
    import sqlite3

    with sqlite3.connect(places.cache) as conn:
        conn.execute("UPDATE analysis SET data = ?", (data,))
    session.cache.db.close()


def test_a_planted_pickle_is_never_unpickled(places, tmp_path):
    import hashlib
    import hmac
    import pickle
    import zlib

    marker = tmp_path / "pwned"
    payload = zlib.compress(pickle.dumps(Planted(marker)))
    forged = hmac.new(b"a guess at the secret", payload, hashlib.sha256).digest()
    for data in (payload, forged + payload, b"\0" * 32 + payload):
        plant(places, analysed_session(places), data)
        assert Session(files(), places).cached(Corrections()) is None
        assert not marker.exists()
    # The control: the same payload signed with this user's own secret is unpickled (and runs).
    cache = AnalysisCache(places.cache)
    cache.db.write("INSERT INTO analysis (key, version, data, saved) VALUES ('k', ?, ?, 0)",
                   (ANALYSIS_VERSION, cache._mac("k", payload) + payload))
    cache.get("k")
    assert marker.exists()


def test_store_files_are_0600_in_0700_folders_whatever_the_umask(places):
    old = os.umask(0)
    try:
        session = analysed_session(places)
        session.remember(ReaderState(pivot="x"))
    finally:
        os.umask(old)
    for folder in (places.cache.parent, places.state.parent):
        assert folder.stat().st_mode & 0o777 == 0o700
        made = [f for f in folder.iterdir()]
        assert made and all(f.stat().st_mode & 0o777 == 0o600 for f in made), [(f.name, oct(f.stat().st_mode)) for f in made]
    assert {f.name for f in places.cache.parent.iterdir()} >= {"cache.sqlite3", "cache.sqlite3.key"}


def test_a_store_folder_others_can_write_is_refused_with_one_warning(places, tmp_path):
    import pickle
    import zlib

    analysed_session(places).cache.db.close()
    places.cache.parent.chmod(0o777)  # as if squatted, or shared with a group
    marker = tmp_path / "pwned"
    payload = zlib.compress(pickle.dumps(Planted(marker)))
    import sqlite3

    with sqlite3.connect(places.cache) as conn:
        conn.execute("UPDATE analysis SET data = ?", (b"\0" * 32 + payload,))
    session = Session(files(), places)
    assert session.cached(Corrections()) is None and not marker.exists()
    assert [w for w in session.warnings if "can be changed by other users" in w and "going on without" in w]
    places.cache.parent.chmod(0o700)


def test_a_database_found_damaged_when_read_is_set_aside_and_made_anew(places):
    store = StateStore(places.state)
    for n in range(300):
        assert store.save(f"corpus {n}", {"n": n, "padding": "x" * 200})
    store.db.close()
    data = bytearray(places.state.read_bytes())
    assert len(data) > 8 * 4096
    data[3 * 4096:7 * 4096] = b"\xa5" * (4 * 4096)  # pages past the first: the file still opens
    places.state.write_bytes(bytes(data))
    session = Session(files(), places)
    for n in range(300):
        session.key = f"corpus {n}"
        assert session.state() == ReaderState()  # what was saved is no reader's state, or is lost
    assert [w for w in session.warnings if "set aside and made anew" in w]
    assert list(places.state.parent.glob("state.sqlite3.corrupt-*"))
    session.remember(ReaderState(pivot="x"))
    assert session.state().pivot == "x"


def test_the_same_files_in_another_order_are_another_analysis(places):
    """The first file is the pivot and the export lists the articles in the order given."""
    first = Session(files(), places)
    articles, _ = first.read()
    first.store(first.analyse(articles, Corrections()), Corrections())
    assert Session(files(), places).cached(Corrections()) is not None
    again = Session(list(reversed(files())), places)
    assert again.cached(Corrections()) is None
    articles, _ = again.read()
    assert again.analyse(articles, Corrections()).articles[0].id == articles[0].id == files()[-1].stem


def test_an_export_made_by_newer_code_replaces_the_older_one_and_old_versions_go(places, monkeypatch):
    import tui.core.session as session_module

    session = Session(files(), places)
    "".join(session.keeping_export(Corrections(), "json", iter(["{}"])))
    monkeypatch.setattr(session_module, "code_digest", lambda: "newer code")
    "".join(session.keeping_export(Corrections(), "json", iter(["{ }"])))
    "".join(session.keeping_export(Corrections(), "md", iter(["# x"])))
    keys = [k for (k,) in session.cache.db.conn.execute("SELECT key FROM analysis")]
    assert sorted(k.rsplit("/", 2)[1:] for k in keys) == [["json", "newer code"], ["md", "newer code"]]
    session.cache.db.write("UPDATE analysis SET version = 'an older version'", ())
    articles, _ = session.read()
    session.store(session.analyse(articles, Corrections()), Corrections())
    versions = {v for (v,) in session.cache.db.conn.execute("SELECT version FROM analysis")}
    assert versions == {ANALYSIS_VERSION}
