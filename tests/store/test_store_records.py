"""The run store's contract: idempotent samples, labels checked, foreign and damaged files refused."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from seccode.scanners import Finding, Level
from seccode.store import (
    SCHEMA_VERSION,
    AnalyzerVersion,
    Label,
    ModelCall,
    RunSpec,
    RunStore,
    Sample,
    SampleKey,
    StoredVerdict,
    StoreError,
    read_labels,
)

SPEC = RunSpec("rq1", ("gpt-4",), (AnalyzerVersion("bandit", "1.9.4"),), "d1", "p1", "0.1.0", runs=1)
KEY = SampleKey("generate", "gpt-4", "CWE-089/author_1.py")


def _filled(path: Path) -> None:
    with RunStore.open(path) as store:
        store.start_run("r1", SPEC)
        store.add_sample("r1", Sample(KEY, text="x", code="x = 1\n"))


def test_spec_round_trips_and_its_hash_is_stable() -> None:
    assert RunSpec.from_json(SPEC.to_json()) == SPEC
    assert SPEC.digest() == RunSpec.from_json(SPEC.to_json()).digest()
    assert SPEC.digest() != RunSpec("rq1", ("gpt-3.5",), SPEC.analyzers, "d1", "p1", "0.1.0").digest()


def test_a_sample_key_is_stored_once_with_its_call_findings_and_verdict(tmp_path: Path) -> None:
    with RunStore.open(tmp_path / "s.sqlite") as store:
        store.start_run("r1", SPEC)
        call = ModelCall("gpt-4", "replay", "abc", 12, 34, 0.5, 0.002)
        first = store.add_sample("r1", Sample(KEY, text="t", code="import os\n", call=call))
        again = store.add_sample("r1", Sample(KEY, text="other", code="other"))
        assert first[1] is True and again == (first[0], False)
        assert store.count_samples("r1") == 1
        stored = store.find_sample("r1", KEY)
        assert stored is not None and stored.sample.code == "import os\n"
        assert store.model_call(first[0]) == call
        finding = Finding.create(
            scanner="bandit",
            rule_id="B1",
            cwe=89,
            severity=Level.HIGH,
            confidence=Level.LOW,
            path="p",
            start_line=1,
            message="m",
            code="import os\n",
        )
        verdict = StoredVerdict(first[0], "seccode", 89, True, True)
        store.record_scan(first[0], [finding], [verdict])
        store.record_scan(first[0], [finding], [verdict])  # a redone scan replaces, never adds
        assert [f.fingerprint for f in store.findings(first[0])] == [finding.fingerprint]
        assert store.verdicts("r1", "seccode") == {first[0]: verdict}
        store.put_result("r1", "table2", {"gpt-4": 1})
        assert store.get_result("r1", "table2") == {"gpt-4": 1}


def test_a_run_id_reused_with_another_spec_is_refused(tmp_path: Path) -> None:
    with RunStore.open(tmp_path / "s.sqlite") as store:
        store.start_run("r1", SPEC)
        assert store.start_run("r1", SPEC).spec == SPEC
        other = RunSpec("rq1", ("gpt-3.5",), SPEC.analyzers, "d1", "p1", "0.1.0")
        with pytest.raises(StoreError, match="different spec"):
            store.start_run("r1", other)
        with pytest.raises(StoreError, match=r"no run 'nope'.*runs: r1"):
            store.get_run("nope")


def test_labels_with_unknown_samples_or_bad_values_are_refused_whole(tmp_path: Path) -> None:
    with RunStore.open(tmp_path / "s.sqlite") as store:
        store.start_run("r1", SPEC)
        store.add_sample("r1", Sample(KEY, code="x"))
        unknown = SampleKey("generate", "gpt-4", "CWE-000/nope.py")
        with pytest.raises(StoreError, match=r"unknown sample generate gpt-4 CWE-000/nope.py"):
            store.import_labels("r1", [Label(KEY, 1.0, "f"), Label(unknown, 1.0, "f")])
        assert store.labels("r1", "f") == {}  # all or nothing
        with pytest.raises(StoreError, match=r"0\.7 .* not one of 0, 0.5, 1, -1"):
            store.import_labels("r1", [Label(KEY, 0.7, "f")])
        assert store.import_labels("r1", [Label(KEY, 0.5, "f")]) == 1
        assert list(store.labels("r1", "f").values()) == [0.5]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"model": "m", "task_id": "t", "label": 2}', "label 2 is not one of"),
        ('{"model": "m", "task_id": "t", "label": true}', "label True is not one of"),
        ('{"model": "m", "task_id": "t", "label": "1"}', "label '1' is not one of"),
        ('{"model": "m", "label": 1}', "not a label object"),
        ("not json", "not a label object"),
    ],
)
def test_a_labels_file_with_a_bad_line_is_refused_naming_it(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text('{"model": "m", "task_id": "ok", "label": 0}\n' + line + "\n")
    with pytest.raises(StoreError, match=rf"labels.jsonl:2: {message}"):
        read_labels(path)


def test_a_labels_file_reads_into_labels(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    rows = [{"model": "m", "task_id": "a", "label": -1}, {"model": "m", "task_id": "b", "label": 0.5}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [(lab.key.task_id, lab.value, lab.source) for lab in read_labels(path)] == [
        ("a", -1.0, "labels.jsonl"),
        ("b", 0.5, "labels.jsonl"),
    ]
    path.write_text(path.read_text() * 2)
    with pytest.raises(StoreError, match="a second label for m a"):
        read_labels(path)


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("hello, not a database\n")
    with pytest.raises(StoreError, match="not a seccode study store \\(not an SQLite file\\)"):
        RunStore.open(path)


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="SQLite file of another program"):
        RunStore.open(path)
    with pytest.raises(StoreError, match="SQLite file of another program"):
        RunStore.open_readonly(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["t"]
    conn.close()


def test_a_damaged_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _filled(path)
    data = bytearray(path.read_bytes())
    # keep the header, garble the pages after it (the schema and the tables)
    data[100:] = b"\xff" * (len(data) - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged"):
        RunStore.open(path)


def test_a_store_from_a_newer_seccode_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _filled(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}; this seccode reads up to"):
        RunStore.open_readonly(path)


def test_a_missing_store_is_refused_for_reading_and_read_only_stores_refuse_writes(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no study store at"):
        RunStore.open_readonly(tmp_path / "absent.sqlite")
    _filled(tmp_path / "s.sqlite")
    with RunStore.open_readonly(tmp_path / "s.sqlite") as store:
        assert store.count_samples() == 1
        with pytest.raises(StoreError, match="opened read-only"):
            store.finish_run("r1")


def test_a_new_store_is_at_the_current_schema_version_in_wal_mode(tmp_path: Path) -> None:
    _filled(tmp_path / "s.sqlite")
    conn = sqlite3.connect(tmp_path / "s.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_study_in_a_missing_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"cannot write the study .*nowhere/s\.sqlite"):
        RunStore.open(tmp_path / "nowhere" / "s.sqlite")
