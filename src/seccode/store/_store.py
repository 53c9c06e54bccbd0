"""The run store: one SQLite file per study holding runs, samples, model calls, findings, verdicts
and labels.

Every write is one short ``BEGIN IMMEDIATE`` transaction, and samples are unique on their
:class:`SampleKey`, so a run killed at any point resumes by simply asking again: what was
committed is there once, what was not is redone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from seccode.scanners import Finding
from seccode.store._errors import StoreError
from seccode.store._lock import WriterLock
from seccode.store._records import (
    ModelCall,
    RunInfo,
    RunSpec,
    Sample,
    SampleKey,
    StoredSample,
    StoredVerdict,
)
from seccode.store._rows import (
    FINDING_COLUMNS,
    INSERT_FINDING,
    finding_from_row,
    finding_values,
    insert_call,
    key_values,
    maybe_bool,
    stored_sample,
)
from seccode.store._schema import check_integrity, connect
from seccode.store._store_labels import LabelsAndResults

_KEY_COLUMNS = "stage, model, task_id, subject, sample_index, round"
_KEY_WHERE = " AND ".join(
    f"{c} = ?" for c in ("run_id", "stage", "model", "task_id", "subject", "sample_index", "round")
)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class RunStore(LabelsAndResults):
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
        return self.add_samples(run_id, [sample])[0]

    def add_samples(self, run_id: str, samples: Iterable[Sample]) -> list[tuple[int, bool]]:
        """:meth:`add_sample` for a batch, all in one transaction (an import of many samples)."""
        out = []
        with self._write() as conn:
            for sample in samples:
                key = key_values(sample.key)
                found = conn.execute(f"SELECT id FROM samples WHERE {_KEY_WHERE}", (run_id, *key)).fetchone()
                if found is not None:
                    out.append((int(found[0]), False))
                    continue
                cursor = conn.execute(
                    f"INSERT INTO samples (run_id, {_KEY_COLUMNS}, text, code, answer, created_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (run_id, *key, sample.text, sample.code, sample.answer, _now()),
                )
                sample_id = int(cursor.lastrowid or 0)
                if sample.call is not None:
                    insert_call(conn, sample_id, sample.call)
                out.append((sample_id, True))
        return out

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
        self.record_scans([(sample_id, tuple(findings), tuple(verdicts))])

    def record_scans(self, scans: Iterable[tuple[int, Sequence[Finding], Sequence[StoredVerdict]]]) -> None:
        """:meth:`record_scan` for a batch of ``(sample id, findings, verdicts)``, in one transaction."""
        with self._write() as conn:
            for sample_id, findings, verdicts in scans:
                conn.execute("DELETE FROM findings WHERE sample_id = ?", (sample_id,))
                conn.executemany(INSERT_FINDING, [finding_values(sample_id, f) for f in findings])
                conn.executemany(
                    "INSERT OR REPLACE INTO verdicts VALUES (?,?,?,?,?)",
                    [(sample_id, v.judge, v.target_cwe, v.vulnerable, v.any_finding) for v in verdicts],
                )

    def findings(self, sample_id: int) -> list[Finding]:
        """A sample's findings, by line."""
        rows = self._conn.execute(
            f"SELECT {FINDING_COLUMNS} FROM findings WHERE sample_id = ? ORDER BY start_line, id",
            (sample_id,),
        )
        return [finding_from_row(r) for r in rows]

    def findings_by_sample(self, run_id: str) -> dict[int, list[Finding]]:
        """Every finding of a run's samples, by sample id (one query for a whole report)."""
        out: dict[int, list[Finding]] = {}
        rows = self._conn.execute(
            f"SELECT f.sample_id, {FINDING_COLUMNS} FROM findings f JOIN samples s ON s.id = f.sample_id "
            "WHERE s.run_id = ? ORDER BY f.sample_id, f.start_line, f.id",
            (run_id,),
        )
        for row in rows:
            out.setdefault(int(row[0]), []).append(finding_from_row(row[1:]))
        return out

    def verdicts(self, run_id: str, judge: str) -> dict[int, StoredVerdict]:
        """One judge's verdicts over a run, by sample id."""
        rows = self._conn.execute(
            "SELECT v.sample_id, v.judge, v.target_cwe, v.vulnerable, v.any_finding FROM verdicts v "
            "JOIN samples s ON s.id = v.sample_id WHERE s.run_id = ? AND v.judge = ?",
            (run_id, judge),
        )
        return {r[0]: StoredVerdict(r[0], r[1], r[2], maybe_bool(r[3]), bool(r[4])) for r in rows}


__all__ = ["RunStore"]
