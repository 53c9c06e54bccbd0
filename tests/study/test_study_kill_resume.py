"""A real ``seccode study rq1`` process, calling a real HTTP model server, killed with SIGKILL
mid-run, then ``seccode study resume``: nothing committed is lost, nothing is duplicated."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from seccode.llm.testing import FakeChatServer, ok
from seccode.store import RunStore

TASKS = 200


def _answer(body: dict[str, Any]) -> str:
    prompt = body["messages"][-1]["content"]
    found = re.search(r"task (\d+):", prompt)
    assert found is not None, prompt
    number = int(found.group(1))
    if number % 2:  # odd tasks get a shell injection (CWE-78), even ones clean code
        return f"```python\nimport os\n\n\ndef f{number}():\n    os.system(input())\n```"
    return f"```python\ndef f{number}():\n    return {number}\n```"


def _count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM samples").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def test_rq1_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.jsonl"
    rows = [
        {"id": f"t{i:03d}", "prompt": f"def f{i}():\n    '''task {i}: do it'''\n", "cwe": 78}
        for i in range(TASKS)
    ]
    tasks.write_text("".join(json.dumps(r) + "\n" for r in rows))
    study = tmp_path / "study.sqlite"
    with FakeChatServer(_answer, default=ok(delay_s=0.01)) as server:
        base = [sys.executable, "-m", "seccode", "study"]
        run = [*base, "rq1", "--store", str(study), "--tasks", str(tasks), "--models", "vllm:fake",
               "--base-url", server.base_url, "--analyzers", "bandit", "--concurrency", "2"]  # fmt: skip
        child = subprocess.Popen(run, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while _count(study) < 20:
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the study made no progress"
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()
        before = _count(study)
        calls_before_resume = len(server.calls)
        assert 20 <= before < TASKS, f"the kill came too late to test anything ({before} samples)"

        resume = [*base, "resume", "rq1", "--store", str(study), "--base-url", server.base_url]
        done = subprocess.run(resume, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        resumed_calls = len(server.calls) - calls_before_resume
    print(
        f"rq1 samples before kill -9 resume: {before}; after: {TASKS}; calls made by resume: {resumed_calls}"
    )
    assert f"samples {before} -> {TASKS}" in done.stdout
    assert resumed_calls == TASKS - before  # only the missing samples called the model again
    with RunStore.open_readonly(study) as store:
        samples = store.samples("rq1")
        keys = {s.sample.key for s in samples}
        verdicts = store.verdicts("rq1", "seccode")
        calls = [store.model_call(s.id) for s in samples]
        run_info = store.get_run("rq1")
    assert len(samples) == len(keys) == TASKS
    assert all(c is not None and c.provider == "vllm" for c in calls)
    assert len(verdicts) == TASKS  # the resume also judged what the killed run had not
    assert sum(bool(v.vulnerable) for v in verdicts.values()) == TASKS // 2
    assert run_info is not None and run_info.status == "finished"
