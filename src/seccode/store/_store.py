"""The run store: one SQLite file per study holding runs, samples, model calls, findings, verdicts
and labels.

Every write is one short ``BEGIN IMMEDIATE`` transaction, and samples are unique on their
:class:`SampleKey`, so a run killed at any point resumes by simply asking again: what was
committed is there once, what was not is redone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from seccode.scanners import Finding, Level
from seccode.store._errors import StoreError
from seccode.store._lock import WriterLock
from seccode.store._records import (
    LABEL_VALUES,
    Label,
    ModelCall,
    RunInfo,
    RunSpec,
    Sample,
    SampleKey,
    StoredSample,
    StoredVerdict,
)
from seccode.store._rows import describe_key, insert_call, key_values, stored_sample
from seccode.store._schema import check_integrity, connect

_KEY_COLUMNS = "stage, model, task_id, subject, sample_index, round"
_KEY_WHERE = " AND ".join(
    f"{c} = ?" for c in ("run_id", "stage", "model", "task_id", "subject", "sample_index", "round")
)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class RunStore:
    """A study file opened for reading, or for writing under the study's writer lock.

    Use :meth:`open` (or :meth:`open_readonly`) as a context manager; a second writer to the same
    study is refused with :class:`~seccode.store.StoreBusy`.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: WriterLock | None) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock

    @classmethod
    def open(cls, path: str | Path) -> RunStore:
        """Open (creating or migrating) ``path`` for writing, taking the writer lock first."""
        target = Path(path)
        lock = WriterLock(target)
        lock.acquire()
        try:
            conn = connect(target, write=True)
            check_integrity(conn, target)
        except BaseException:
            lock.release()
            raise
        return cls(target, conn, lock)

    @classmethod
    def open_readonly(cls, path: str | Path) -> RunStore:
        """Open ``path`` for reading; WAL lets this run beside a writer."""
        target = Path(path)
        conn = connect(target, write=False)
        check_integrity(conn, target)
        return cls(target, conn, None)

    def close(self) -> None:
        """Close the connection and release the writer lock."""
        self._conn.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self._lock is None:
            raise StoreError(f"{self.path} was opened read-only")
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- runs -----------------------------------------------------------------------------------

    def start_run(self, run_id: str, spec: RunSpec) -> RunInfo:
        """Create run ``run_id``, or return it unchanged when it exists with the same spec."""
        existing = self.get_run(run_id, missing_ok=True)
        if existing is not None:
            if existing.spec_hash != spec.digest():
                raise StoreError(
                    f"run {run_id!r} exists in {self.path} with a different spec; choose another id"
                )
            return existing
        with self._write() as conn:
            conn.execute(
                "INSERT INTO runs (id, kind, spec_json, spec_hash, seccode_version, created_at) "
                "VALUES (?,?,?,?,?,?)",
                (run_id, spec.kind, spec.to_json(), spec.digest(), spec.seccode_version, _now()),
            )
        run = self.get_run(run_id)
        assert run is not None
        return run

    def finish_run(self, run_id: str) -> None:
        """Mark a run finished (idempotent)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE runs SET status = 'finished', finished_at = COALESCE(finished_at, ?) WHERE id = ?",
                (_now(), run_id),
            )

    def get_run(self, run_id: str, *, missing_ok: bool = False) -> RunInfo | None:
        """The run ``run_id``; a missing run raises :class:`StoreError` unless ``missing_ok``."""
        row = self._conn.execute(
            "SELECT id, spec_json, spec_hash, status, created_at, finished_at FROM runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        if row is None:
            if missing_ok:
                return None
            known = ", ".join(r.id for r in self.runs()) or "none"
            raise StoreError(f"no run {run_id!r} in {self.path} (runs: {known})")
        return RunInfo(row[0], RunSpec.from_json(row[1]), row[2], row[3], row[4], row[5])

    def runs(self) -> list[RunInfo]:
        """Every run in the study, oldest first."""
        ids = [r[0] for r in self._conn.execute("SELECT id FROM runs ORDER BY created_at, id")]
        return [run for run in (self.get_run(i) for i in ids) if run is not None]

    # -- samples --------------------------------------------------------------------------------

    def add_sample(self, run_id: str, sample: Sample) -> tuple[int, bool]:
        """Store ``sample`` (and its model call) in one transaction unless its key is already there.

        Returns ``(sample id, created)``; a repeated key leaves the stored sample untouched.
        """
        with self._write() as conn:
            found = conn.execute(
                f"SELECT id FROM samples WHERE {_KEY_WHERE}", (run_id, *key_values(sample.key))
            ).fetchone()
            if found is not None:
                return int(found[0]), False
            cursor = conn.execute(
                f"INSERT INTO samples (run_id, {_KEY_COLUMNS}, text, code, answer, created_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (run_id, *key_values(sample.key), sample.text, sample.code, sample.answer, _now()),
            )
            sample_id = int(cursor.lastrowid or 0)
            if sample.call is not None:
                insert_call(conn, sample_id, sample.call)
        return sample_id, True

    def find_sample(self, run_id: str, key: SampleKey) -> StoredSample | None:
        """The stored sample with ``key``, if any (what a resumed run asks before calling a model)."""
        row = self._conn.execute(
            f"SELECT id, {_KEY_COLUMNS}, text, code, answer FROM samples WHERE {_KEY_WHERE}",
            (run_id, *key_values(key)),
        ).fetchone()
        return None if row is None else stored_sample(run_id, row)

    def samples(self, run_id: str, stage: str | None = None) -> list[StoredSample]:
        """The run's samples (of one ``stage`` when given) in insertion order."""
        sql = f"SELECT id, {_KEY_COLUMNS}, text, code, answer FROM samples WHERE run_id = ?"
        params: tuple[str, ...] = (run_id,)
        if stage is not None:
            sql += " AND stage = ?"
            params = (run_id, stage)
        return [stored_sample(run_id, row) for row in self._conn.execute(sql + " ORDER BY id", params)]

    def count_samples(self, run_id: str | None = None) -> int:
        """How many samples the study (or one run) holds."""
        if run_id is None:
            row = self._conn.execute("SELECT COUNT(*) FROM samples").fetchone()
        else:
            row = self._conn.execute("SELECT COUNT(*) FROM samples WHERE run_id = ?", (run_id,)).fetchone()
        return int(row[0])

    def model_call(self, sample_id: int) -> ModelCall | None:
        """The model call that produced a sample, if one was recorded."""
        row = self._conn.execute(
            "SELECT model, provider, prompt_hash, input_tokens, output_tokens, latency_s, cost_usd, cached "
            "FROM model_calls WHERE sample_id = ?",
            (sample_id,),
        ).fetchone()
        if row is None:
            return None
        return ModelCall(row[0], row[1], row[2], row[3], row[4], row[5], row[6], cached=bool(row[7]))

    # -- findings and verdicts -----------------------------------------------------------------

    def record_scan(
        self, sample_id: int, findings: Iterable[Finding], verdicts: Iterable[StoredVerdict]
    ) -> None:
        """Replace a sample's findings and these judges' verdicts in one transaction (idempotent)."""
        with self._write() as conn:
            conn.execute("DELETE FROM findings WHERE sample_id = ?", (sample_id,))
            conn.executemany(
                "INSERT INTO findings (sample_id, scanner, rule_id, cwe, severity, confidence, start_line, "
                "end_line, message, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (sample_id, f.scanner, f.rule_id, f.cwe, f.severity.value, f.confidence.value,
                     f.start_line, f.end_line, f.message, f.fingerprint)
                    for f in findings
                ],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO verdicts VALUES (?,?,?,?,?)",
                [(sample_id, v.judge, v.target_cwe, v.vulnerable, v.any_finding) for v in verdicts],
            )

    def findings(self, sample_id: int) -> list[Finding]:
        """A sample's findings, by line."""
        rows = self._conn.execute(
            "SELECT scanner, rule_id, cwe, severity, confidence, start_line, end_line, message, fingerprint "
            "FROM findings WHERE sample_id = ? ORDER BY start_line, id",
            (sample_id,),
        )
        return [Finding(r[0], r[1], r[2], Level(r[3]), Level(r[4]), "", r[5], r[6], r[7], r[8]) for r in rows]

    def verdicts(self, run_id: str, judge: str) -> dict[int, StoredVerdict]:
        """One judge's verdicts over a run, by sample id."""
        rows = self._conn.execute(
            "SELECT v.sample_id, v.judge, v.target_cwe, v.vulnerable, v.any_finding FROM verdicts v "
            "JOIN samples s ON s.id = v.sample_id WHERE s.run_id = ? AND v.judge = ?",
            (run_id, judge),
        )
        return {r[0]: StoredVerdict(r[0], r[1], r[2], _maybe_bool(r[3]), bool(r[4])) for r in rows}

    # -- labels and results --------------------------------------------------------------------

    def import_labels(self, run_id: str, labels: Iterable[Label]) -> int:
        """Attach labels to the run's samples, all or nothing.

        A label whose sample is not in the run, or whose value is not one of 0, 0.5, 1, -1, refuses
        the whole import with a :class:`StoreError` naming it.
        """
        rows: list[tuple[int, str, float]] = []
        for label in labels:
            if label.value not in LABEL_VALUES:
                where = describe_key(label.key)
                raise StoreError(f"label {label.value!r} for {where} is not one of 0, 0.5, 1, -1")
            stored = self.find_sample(run_id, label.key)
            if stored is None:
                raise StoreError(f"label for unknown sample {describe_key(label.key)} in run {run_id!r}")
            rows.append((stored.id, label.source, float(label.value)))
        with self._write() as conn:
            conn.executemany("INSERT OR REPLACE INTO labels VALUES (?,?,?)", rows)
        return len(rows)

    def labels(self, run_id: str, source: str) -> dict[int, float]:
        """One source's labels over a run, by sample id."""
        rows = self._conn.execute(
            "SELECT l.sample_id, l.value FROM labels l JOIN samples s ON s.id = l.sample_id "
            "WHERE s.run_id = ? AND l.source = ?",
            (run_id, source),
        )
        return {int(r[0]): float(r[1]) for r in rows}

    def put_result(self, run_id: str, name: str, doc: object) -> None:
        """Store a computed result (a table, as JSON) for the run, replacing an older one."""
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO run_results VALUES (?,?,?)", (run_id, name, json.dumps(doc)))

    def get_result(self, run_id: str, name: str) -> object | None:
        """A result stored with :meth:`put_result`, or None."""
        row = self._conn.execute("SELECT json FROM run_results WHERE run_id = ? AND name = ?", (run_id, name))
        found = row.fetchone()
        return None if found is None else json.loads(found[0])


def _maybe_bool(value: object) -> bool | None:
    return None if value is None else bool(value)


__all__ = ["RunStore"]
