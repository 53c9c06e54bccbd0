"""Row <-> record conversions shared by the store's queries."""

from __future__ import annotations

import sqlite3

from seccode.scanners import Finding, Level
from seccode.store._records import ModelCall, Sample, SampleKey, StoredSample


def key_values(key: SampleKey) -> tuple[str, str, str, str, int, int]:
    """The key columns of a sample row, in ``_KEY_COLUMNS`` order."""
    return (key.stage, key.model, key.task_id, key.subject, key.index, key.round)


def insert_call(conn: sqlite3.Connection, sample_id: int, call: ModelCall) -> None:
    """Record the model call that produced sample ``sample_id``."""
    conn.execute(
        "INSERT INTO model_calls (sample_id, model, provider, prompt_hash, input_tokens, output_tokens, "
        "latency_s, cost_usd, cached) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            sample_id,
            call.model,
            call.provider,
            call.prompt_hash,
            call.input_tokens,
            call.output_tokens,
            call.latency_s,
            call.cost_usd,
            int(call.cached),
        ),
    )


def stored_sample(run_id: str, row: tuple[object, ...]) -> StoredSample:
    """A sample row (id, key columns, text, code, answer) as a record."""
    key = SampleKey(str(row[1]), str(row[2]), str(row[3]), str(row[4]), int(str(row[5])), int(str(row[6])))
    text, code, answer = (None if v is None else str(v) for v in row[7:10])
    return StoredSample(int(str(row[0])), run_id, Sample(key, text, code, answer))


#: inserts one finding row; values from :func:`finding_values`
INSERT_FINDING = (
    "INSERT INTO findings (sample_id, scanner, rule_id, cwe, severity, confidence, start_line, "
    "end_line, message, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


#: the columns :func:`finding_from_row` reads, in order
FINDING_COLUMNS = "scanner, rule_id, cwe, severity, confidence, start_line, end_line, message, fingerprint"


def finding_from_row(r: tuple[object, ...] | sqlite3.Row) -> Finding:
    """A finding read back (``path`` is empty: a stored finding belongs to its sample)."""
    cwe = None if r[2] is None else int(str(r[2]))
    return Finding(
        str(r[0]),
        str(r[1]),
        cwe,
        Level(str(r[3])),
        Level(str(r[4])),
        "",
        int(str(r[5])),
        int(str(r[6])),
        str(r[7]),
        str(r[8]),
    )


def maybe_bool(value: object) -> bool | None:
    """An SQLite 0/1/NULL as a bool or None."""
    return None if value is None else bool(value)


def finding_values(sample_id: int, f: Finding) -> tuple[object, ...]:
    """The column values of a finding row."""
    return (
        sample_id,
        f.scanner,
        f.rule_id,
        f.cwe,
        f.severity.value,
        f.confidence.value,
        f.start_line,
        f.end_line,
        f.message,
        f.fingerprint,
    )


def describe_key(key: SampleKey) -> str:
    """A sample key as people read it in error messages."""
    subject = f" of {key.subject}" if key.subject else ""
    return f"{key.stage} {key.model}{subject} {key.task_id}#{key.index}/r{key.round}"


__all__ = [
    "FINDING_COLUMNS",
    "INSERT_FINDING",
    "describe_key",
    "finding_from_row",
    "finding_values",
    "insert_call",
    "key_values",
    "maybe_bool",
    "stored_sample",
]
