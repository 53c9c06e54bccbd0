"""A writer killed with SIGKILL mid-run loses nothing committed and resumes without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seccode.store import RunStore, StoreBusy

WRITER = Path(__file__).with_name("_writer.py")
TOTAL = 400


def _count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def _spawn(path: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path), "run-1", str(TOTAL), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_9_mid_run_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    study = tmp_path / "study.sqlite"
    child = _spawn(study)
    deadline = time.monotonic() + 60
    while _count(study) < 30:
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < deadline, "the writer made no progress"
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL
    before = _count(study)
    assert 30 <= before < TOTAL, f"the kill came too late to test anything ({before} samples)"

    resumed = _spawn(study)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    created = int(out.split()[-1])
    with RunStore.open_readonly(study) as store:
        after = store.count_samples("run-1")
        samples = store.samples("run-1")
        run = store.get_run("run-1")
        keys = [s.sample.key for s in samples]
        # every committed sample kept its model call and its findings (one transaction each)
        missing_calls = [s.id for s in samples if store.model_call(s.id) is None]
        verdicts = store.verdicts("run-1", "seccode")
    print(f"samples before kill -9 resume: {before}; after: {after}; created by resume: {created}")
    assert after == TOTAL
    assert created == TOTAL - before
    assert len(set(keys)) == TOTAL
    assert missing_calls == []
    assert run is not None and run.status == "finished"
    # a sample may be committed before its scan, which the resume does not redo: tolerate one
    assert len(verdicts) >= TOTAL - 1


def test_second_writer_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    study = tmp_path / "study.sqlite"
    holder = _spawn(study, "30")
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusy, match=rf"pid {holder.pid} on .*wait for it to finish"):
            RunStore.open(study)
        with RunStore.open_readonly(study) as reader:  # readers are never refused
            assert reader.runs() == []
    finally:
        holder.kill()
        holder.communicate()
    with RunStore.open(study) as store:  # the kernel dropped the dead holder's lock
        assert store.runs() == []
