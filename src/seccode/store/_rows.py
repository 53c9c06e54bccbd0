"""Row <-> record conversions shared by the store's queries."""

from __future__ import annotations

import sqlite3

from seccode.store._records import ModelCall, Sample, SampleKey, StoredSample


def key_values(key: SampleKey) -> tuple[str, str, str, str, int, int]:
    """The key columns of a sample row, in ``_KEY_COLUMNS`` order."""
    return (key.stage, key.model, key.task_id, key.subject, key.index, key.round)


def insert_call(conn: sqlite3.Connection, sample_id: int, call: ModelCall) -> None:
    """Record the model call that produced sample ``sample_id``."""
    conn.execute(
        "INSERT INTO model_calls (sample_id, model, provider, prompt_hash, input_tokens, output_tokens, "
        "latency_s, cost_usd, cached) VALUES (?,?,?,?,?,?,?,?,?)",
        (sample_id, call.model, call.provider, call.prompt_hash, call.input_tokens, call.output_tokens,
         call.latency_s, call.cost_usd, int(call.cached)),
    )


def stored_sample(run_id: str, row: tuple[object, ...]) -> StoredSample:
    """A sample row (id, key columns, text, code, answer) as a record."""
    key = SampleKey(str(row[1]), str(row[2]), str(row[3]), str(row[4]), int(str(row[5])), int(str(row[6])))
    text, code, answer = (None if v is None else str(v) for v in row[7:10])
    return StoredSample(int(str(row[0])), run_id, Sample(key, text, code, answer))


def describe_key(key: SampleKey) -> str:
    """A sample key as people read it in error messages."""
    subject = f" of {key.subject}" if key.subject else ""
    return f"{key.stage} {key.model}{subject} {key.task_id}#{key.index}/r{key.round}"


__all__ = ["describe_key", "insert_call", "key_values", "stored_sample"]
