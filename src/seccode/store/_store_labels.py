"""The label and result half of :class:`~seccode.store.RunStore` (kept apart to keep modules small)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path

from seccode.store._errors import StoreError
from seccode.store._records import LABEL_VALUES, Label, SampleKey, StoredSample
from seccode.store._rows import describe_key


class LabelsAndResults:
    """Labels (imported or from review) and computed results of runs."""

    path: Path
    _conn: sqlite3.Connection

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def find_sample(self, run_id: str, key: SampleKey) -> StoredSample | None:
        """The stored sample with ``key``, if any."""
        raise NotImplementedError

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

    def label_sources(self, run_id: str) -> list[str]:
        """The sources of the labels attached to a run's samples, sorted."""
        rows = self._conn.execute(
            "SELECT DISTINCT l.source FROM labels l JOIN samples s ON s.id = l.sample_id WHERE s.run_id = ? "
            "ORDER BY l.source",
            (run_id,),
        )
        return [str(r[0]) for r in rows]

    def put_result(self, run_id: str, name: str, doc: object) -> None:
        """Store a computed result (a table, as JSON) for the run, replacing an older one."""
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO run_results VALUES (?,?,?)", (run_id, name, json.dumps(doc)))

    def get_result(self, run_id: str, name: str) -> object | None:
        """A result stored with :meth:`put_result`, or None."""
        row = self._conn.execute("SELECT json FROM run_results WHERE run_id = ? AND name = ?", (run_id, name))
        found = row.fetchone()
        return None if found is None else json.loads(found[0])


__all__ = ["LabelsAndResults"]
