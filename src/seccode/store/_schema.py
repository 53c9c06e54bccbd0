"""The store's schema as ordered migrations, and opening a file safely.

A study file is marked as seccode's with ``PRAGMA application_id`` and carries its schema version
in ``schema_version``; migrations run in order inside one transaction each, so a file is always at
some whole version. Anything else (not SQLite, another program's database, a damaged file, a file
from a newer seccode) is refused with a one-line :class:`StoreError`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from seccode.store._errors import StoreError

#: "SECC" in ASCII: marks a SQLite file as a seccode study store
APPLICATION_ID = 0x53454343
_SQLITE_MAGIC = b"SQLite format 3\x00"

_V1 = """
CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    spec_json TEXT NOT NULL,
    spec_hash TEXT NOT NULL,
    seccode_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished')),
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES runs(id),
    stage TEXT NOT NULL,
    model TEXT NOT NULL,
    task_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    sample_index INTEGER NOT NULL DEFAULT 0,
    round INTEGER NOT NULL DEFAULT 0,
    text TEXT,
    code TEXT,
    answer TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (run_id, stage, model, task_id, subject, sample_index, round)
);
CREATE TABLE model_calls (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL UNIQUE REFERENCES samples(id),
    model TEXT NOT NULL,
    provider TEXT NOT NULL,
    prompt_hash TEXT NOT NULL,
    input_tokens INTEGER,
    output_tokens INTEGER,
    latency_s REAL,
    cost_usd REAL,
    cached INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    scanner TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    cwe INTEGER,
    severity TEXT NOT NULL,
    confidence TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    message TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);
CREATE INDEX findings_by_sample ON findings(sample_id);
CREATE TABLE verdicts (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    judge TEXT NOT NULL,
    target_cwe INTEGER,
    vulnerable INTEGER,
    any_finding INTEGER NOT NULL,
    PRIMARY KEY (sample_id, judge)
);
CREATE TABLE labels (
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    source TEXT NOT NULL,
    value REAL NOT NULL CHECK (value IN (0, 0.5, 1, -1)),
    PRIMARY KEY (sample_id, source)
);
CREATE TABLE run_results (
    run_id TEXT NOT NULL REFERENCES runs(id),
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
);
"""

#: migrations in order; entry ``i`` takes a file from version ``i`` to ``i + 1``
MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(len(_SQLITE_MAGIC))
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a seccode study store (not an SQLite file)")


def _version(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == 0 and not tables:
        return 0  # a new, empty file
    if app_id != APPLICATION_ID or "schema_version" not in tables:
        raise StoreError(f"{path} is an SQLite file of another program, not a seccode study store")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def connect(path: str | Path, *, write: bool) -> sqlite3.Connection:
    """Open (and, for writing, create or migrate) the study file at ``path``.

    Writers get WAL mode and ``synchronous=NORMAL``: a committed transaction survives the process
    being killed at any point. Readers open the file read-only and never migrate it.
    """
    target = Path(path)
    if not write and not target.is_file():
        raise StoreError(f"no study store at {target}")
    if target.exists():
        _check_header(target)
    uri = f"file:{target.resolve()}?mode={'rwc' if write else 'ro'}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        version = _version(conn, target)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{target} has schema version {version}; this seccode reads up to {SCHEMA_VERSION} "
                "(upgrade seccode)"
            )
        if version < SCHEMA_VERSION:
            if not write:
                raise StoreError(f"{target} has schema version {version}; open it for writing to migrate it")
            _migrate(conn, version)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target} is damaged or not a seccode study store ({exc})") from exc
    return conn


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for target in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if target == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(
                    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
                )
            for statement in MIGRATIONS[target].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", (target + 1,)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def check_integrity(conn: sqlite3.Connection, path: str | Path) -> None:
    """Raise :class:`StoreError` unless SQLite's own integrity check passes."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged ({exc})") from exc
    if result != "ok":
        raise StoreError(f"{path} is damaged ({result})")


__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "check_integrity", "connect"]
