"""Where Parallax keeps things, and the keeping: config, per-corpus state, analysis cache.

platformdirs names the places. The config is TOML the user writes (read with tomllib; only
the theme line is ever written back, in place). State and cache are SQLite databases in WAL
mode: every write is one transaction, two readers of one corpus can write at once (the
second waits), and a process killed mid-write loses nothing that was committed. Anything
unreadable (a corrupt database, an unwritable folder, bad TOML) becomes one warning and
Parallax runs without it; a corrupt database is moved aside and made anew.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tui import __version__

APP = "parallax"
# Bump when the analysis changes what it produces: cached comparisons of older versions are ignored.
ANALYSIS_VERSION = f"{__version__}/377"


def _tomllib():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


@dataclass(frozen=True)
class Places:
    config: Path
    state: Path
    cache: Path

    @classmethod
    def default(cls) -> Places:
        import platformdirs

        return cls(
            Path(platformdirs.user_config_dir(APP)) / "config.toml",
            Path(platformdirs.user_state_dir(APP)) / "state.sqlite3",
            Path(platformdirs.user_cache_dir(APP)) / "cache.sqlite3",
        )


# Config --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Config:
    theme: str = ""
    mode: str = "aligned"
    sidebar: bool | None = None  # None: shown when the terminal is wide enough
    keymap: dict[str, str] = field(default_factory=dict)


def read_config(path: Path) -> tuple[Config, list[str]]:
    """The config, and warnings for what could not be used in it."""
    if not path.exists():
        return Config(), []
    tomllib = _tomllib()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return Config(), [f"{path}: cannot read the config ({err}); using the defaults"]
    except tomllib.TOMLDecodeError as err:
        return Config(), [f"{path}: not valid TOML ({err}); using the defaults"]
    warnings = []
    reader = data.get("reader", {}) if isinstance(data.get("reader", {}), dict) else {}
    keys = data.get("keys", {}) if isinstance(data.get("keys", {}), dict) else {}
    mode = reader.get("mode", "aligned")
    if mode not in ("aligned", "reading"):
        warnings.append(f"{path}: mode must be \"aligned\" or \"reading\", not {mode!r}")
        mode = "aligned"
    sidebar = reader.get("sidebar")
    if sidebar is not None and not isinstance(sidebar, bool):
        warnings.append(f"{path}: sidebar must be true or false")
        sidebar = None
    keymap = {str(k): v for k, v in keys.items() if isinstance(v, str) and v.isprintable()}
    if len(keymap) != len(keys):
        warnings.append(f"{path}: every [keys] entry must be a string of keys such as \"j,down\"")
    theme = reader.get("theme", "")
    return Config(theme if isinstance(theme, str) else "", mode, sidebar, keymap), warnings


def remember_theme(path: Path, theme: str) -> str | None:
    """Write `theme = "…"` into [reader], keeping every other line; a warning on failure."""
    line = f'theme = "{theme}"'
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        lines = text.splitlines()
        section = next((i for i, l in enumerate(lines) if l.strip() == "[reader]"), None)
        if section is None:
            lines += ([""] if lines else []) + ["[reader]", line]
        else:
            end = next((i for i in range(section + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
            at = next((i for i in range(section + 1, end) if re.match(r"\s*theme\s*=", lines[i])), None)
            if at is None:
                lines.insert(section + 1, line)
            else:
                lines[at] = line
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, "\n".join(lines) + "\n")
    except OSError as err:
        return f"{path}: cannot remember the theme ({err.strerror or err})"
    return None


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, as they come) beside the target and rename, so a failure
    never leaves half a file. A device or a pipe (/dev/null, /dev/stdout) is written to as
    it is, never replaced."""
    pieces = [text] if isinstance(text, str) else text
    if path.exists() and not path.is_file():
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(pieces)
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.writelines(pieces)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# SQLite --------------------------------------------------------------------------------------

LOCK_WAIT = 10.0  # seconds to wait for another instance's write


def _while_locked(run):
    """Run `run`, again while the database is locked by another connection (up to LOCK_WAIT):
    changing the journal mode does not wait on its own."""
    import sqlite3

    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return run()
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class UnsafePlace(Exception):
    """A folder or file of the store that someone else could have written."""


def private_folder(folder: Path) -> None:
    """Make `folder` (0700) if missing; refuse one owned by another user or writable by
    others: whoever can write there can plant what Parallax reads back."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _check_private(folder, 0o022)
    if folder.stat().st_mode & 0o077:  # ours, made readable by an older Parallax
        os.chmod(folder, 0o700)


def _check_private(path: Path, forbidden: int) -> None:
    if not hasattr(os, "getuid"):  # Windows: owners and modes are ACLs, not checked here
        return
    st = path.stat()
    if st.st_uid != os.getuid():
        raise UnsafePlace(f"{path} belongs to another user")
    if st.st_mode & forbidden:
        raise UnsafePlace(f"{path} can be changed by other users (mode {st.st_mode & 0o777:o})")


def private_file(path: Path) -> None:
    """Make `path` empty and 0600 if missing, or make it 0600 if ours: SQLite gives its WAL
    and shared-memory files the database file's mode."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600))
    _check_private(path, 0)
    os.chmod(path, 0o600)


class Database:
    """One SQLite file in WAL mode, or nothing (with a warning) when it cannot be used."""

    def __init__(self, path: Path, schema: str):
        self.path = path
        self.schema = schema
        self.warning = ""
        self.conn = self._open()
        self._lock = threading.Lock()  # the reader's workers and its screen share the connection

    def _open(self):
        import sqlite3  # paid for when a database is first used, not at start-up

        try:
            return self._connect()
        except sqlite3.OperationalError as err:  # locked or unwritable: the file itself is fine
            self.warning = f"{self.path}: cannot be used ({err}); going on without it"
        except sqlite3.DatabaseError as err:  # not a database, or a damaged one
            return self._made_anew(err)
        except UnsafePlace as err:
            self.warning = f"{err}; going on without {self.path.name}"
        except OSError as err:
            self.warning = f"{self.path}: cannot be used ({err.strerror or err}); going on without it"
        return None

    def _made_anew(self, err: Exception):
        """The damaged database set aside and a new one made in its place, or nothing."""
        import sqlite3

        if self._set_aside():
            try:
                conn = self._connect()
                self.warning = f"{self.path}: unreadable ({err}); set aside and made anew"
                return conn
            except (sqlite3.Error, OSError, UnsafePlace) as again:
                err = again
        self.warning = f"{self.path}: cannot be used ({err}); going on without it"
        return None

    def _connect(self):
        import sqlite3

        private_folder(self.path.parent)
        private_file(self.path)
        conn = sqlite3.connect(self.path, timeout=LOCK_WAIT, isolation_level=None, check_same_thread=False)
        try:
            # Another instance making the same database holds it a moment: wait, never set it aside.
            _while_locked(lambda: conn.execute("PRAGMA journal_mode=WAL"))
            conn.execute("PRAGMA synchronous=NORMAL")
            _while_locked(lambda: conn.executescript(self.schema))  # a file that is not a database fails here
        except BaseException:
            conn.close()
            raise
        return conn

    def _set_aside(self) -> bool:
        try:
            for suffix in ("", "-wal", "-shm"):
                part = Path(str(self.path) + suffix)
                if part.exists():
                    part.rename(part.with_name(f"{part.name}.corrupt-{int(time.time())}"))
            return True
        except OSError:
            return False

    def write(self, sql: str, args: tuple) -> bool:
        """One statement in its own transaction; False (and a warning) if it failed."""

        def run(conn):
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(sql, args)
            return True

        return self._run(run, "write", False)

    def read_one(self, sql: str, args: tuple):
        return self._run(lambda conn: conn.execute(sql, args).fetchone(), "read", None)

    def _run(self, run, what: str, failed):
        """`run(connection)`; on failure `failed` and a warning. Damage found now, not when the
        database was opened, is dealt with as at opening: set aside and made anew."""
        import sqlite3

        with self._lock:
            if self.conn is None:
                return failed
            try:
                return run(self.conn)
            except sqlite3.OperationalError as err:
                self.warning = self.warning or f"{self.path}: cannot {what} ({err}); going on without it"
            except sqlite3.DatabaseError as err:  # malformed pages, read only now
                self.conn.close()
                self.conn = self._made_anew(err)
            return failed

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


# Per-corpus state ----------------------------------------------------------------------------

def corpus_key(paths: Iterable[Path]) -> str:
    """A corpus is the set of its files, wherever they were opened from."""
    names = sorted(os.fsencode(Path(p).resolve()) for p in paths)  # bytes: a name need not be UTF-8
    return hashlib.sha256(b"\n".join(names)).hexdigest()


class StateStore:
    """What the reader remembers per corpus: a JSON object the reader defines."""

    SCHEMA = "CREATE TABLE IF NOT EXISTS corpus_state (corpus TEXT PRIMARY KEY, data TEXT NOT NULL, saved REAL NOT NULL);"

    def __init__(self, path: Path):
        self.db = Database(path, self.SCHEMA)

    def load(self, corpus: str) -> dict:
        row = self.db.read_one("SELECT data FROM corpus_state WHERE corpus = ?", (corpus,))
        try:
            return json.loads(row[0]) if row else {}
        except ValueError:
            return {}

    def save(self, corpus: str, state: dict) -> bool:
        return self.db.write(
            "INSERT INTO corpus_state (corpus, data, saved) VALUES (?, ?, ?) "
            "ON CONFLICT(corpus) DO UPDATE SET data = excluded.data, saved = excluded.saved",
            (corpus, json.dumps(state, sort_keys=True), time.time()),
        )

    def forget(self, corpus: str) -> bool:
        return self.db.write("DELETE FROM corpus_state WHERE corpus = ?", (corpus,))


# Analysis cache ------------------------------------------------------------------------------

def file_digest(path: Path) -> tuple[str, bytes]:
    """A file's name and the SHA-256 of its bytes, read a piece at a time (of nothing, if it
    cannot be read). A file too large to be an article is refused unread: its size and time
    stand for its bytes."""
    from tui.core.discover import MAX_BYTES

    digest = hashlib.sha256()
    try:
        st = path.stat()
        if st.st_size > MAX_BYTES:
            digest.update(f"{st.st_size} {st.st_mtime_ns}".encode())
        else:
            with open(path, "rb") as fh:
                for piece in iter(lambda: fh.read(HASH_PIECE), b""):
                    digest.update(piece)
        return str(path.resolve()), digest.digest()
    except OSError:
        return str(path), hashlib.sha256(b"").digest()


HASH_PIECE = 1 << 20  # bytes read at a time to hash a file


def content_key(digests: Iterable[tuple[str, bytes]], extra: str = "") -> str:
    """The analysis's identity: each file's name and digest in the order given (the first
    article is the pivot, and the export lists them in that order), the version, and `extra`."""
    h = hashlib.sha256(ANALYSIS_VERSION.encode())
    for name, digest in digests:
        h.update(os.fsencode(name) + b"\0" + digest)
    h.update(extra.encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """The SHA-256 of the package's code and data (its Python sources, the report's CSS, the
    word tables), or "" when they cannot be read. An export kept as text must have been made by
    this very code: the analysis version is bumped when the analysis changes, not when the
    export's writing does."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    try:
        for source in sorted([*package.rglob("*.py"), *(package / "core" / "data").iterdir()]):
            h.update(str(source.relative_to(package)).encode() + b"\0" + source.read_bytes())
    except OSError:
        return ""
    return h.hexdigest()


class AnalysisCache:
    """Analysis results keyed by content, as signed pickles. Unpickling runs whatever the
    bytes say, so each entry carries an HMAC-SHA256 under a secret that only this user can
    read (a 0600 file beside the cache): an entry that someone else wrote or changed does not
    verify and is never unpickled. Pickles rather than plain data: the analysis's classes
    change shape as the analysis grows, and the tuples of codec.py load fastest. The text of
    an export is kept as it is (`put_compressed`), signed the same way."""

    SCHEMA = ("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, version TEXT NOT NULL, "
              "data BLOB NOT NULL, saved REAL NOT NULL);")

    def __init__(self, path: Path):
        self.db = Database(path, self.SCHEMA)
        self.secret = b""
        if self.db.conn is not None:
            try:
                self.secret = _secret(path.with_name(path.name + ".key"))
            except (OSError, UnsafePlace) as err:
                self.db.warning = f"{path}: no secret to sign it with ({err}); going on without it"
                self.db.close()

    def get(self, key: str):
        import pickle

        data = self.get_bytes(key)
        if data is None:
            return None
        try:
            return pickle.loads(data)
        except Exception:  # signed but of an older shape: a miss, never a crash
            return None

    def put(self, key: str, value) -> bool:
        import pickle
        import zlib

        return self.put_compressed(key, zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1))

    def get_bytes(self, key: str) -> bytes | None:
        """The bytes kept under `key`, decompressed, if this user's Parallax signed them."""
        import zlib

        row = self.db.read_one("SELECT data FROM analysis WHERE key = ? AND version = ?", (key, ANALYSIS_VERSION))
        if not row or not isinstance(row[0], bytes):
            return None
        mac, data = row[0][:MAC_BYTES], row[0][MAC_BYTES:]
        if not hmac.compare_digest(mac, self._mac(key, data)):
            return None  # not written by this user's Parallax: never read
        try:
            return zlib.decompress(data)
        except zlib.error:
            return None

    def put_compressed(self, key: str, data: bytes) -> bool:
        """Keep `data`, compressed by zlib, under `key`, signed."""
        return self.db.write(
            "INSERT OR REPLACE INTO analysis (key, version, data, saved) VALUES (?, ?, ?, ?)",
            (key, ANALYSIS_VERSION, self._mac(key, data) + data, time.time()),
        )

    def forget(self, prefix: str) -> bool:
        """Drop every entry whose key starts with `prefix`."""
        return self.db.write("DELETE FROM analysis WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))

    def forget_other_versions(self) -> bool:
        """Drop what another analysis version kept: it is never read again."""
        return self.db.write("DELETE FROM analysis WHERE version != ?", (ANALYSIS_VERSION,))

    def _mac(self, key: str, data: bytes) -> bytes:
        """Signs the entry's key and version with its bytes: an entry moved to another key fails too."""
        return hmac.new(self.secret, f"{key}\0{ANALYSIS_VERSION}\0".encode() + data, hashlib.sha256).digest()


MAC_BYTES = 32  # HMAC-SHA256
SECRET_BYTES = 32


def _secret(path: Path) -> bytes:
    """This user's signing secret, made on first use. Made beside and linked into place, so
    two Parallaxes starting at once agree on one secret and never read half of one."""
    if not path.exists():
        made = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(made, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(SECRET_BYTES))
            os.link(made, path)
        except FileExistsError:
            pass  # another instance made it first
        finally:
            made.unlink(missing_ok=True)
    _check_private(path, 0o077)
    secret = path.read_bytes()
    if len(secret) != SECRET_BYTES:
        raise UnsafePlace(f"{path} is not a secret Parallax made")
    return secret
