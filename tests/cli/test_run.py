"""``seccode run``, ``generate`` and ``repair`` end to end against a scripted model on a real local server.

No hosted model is reachable here; ``FakeChatServer`` plays one over a real socket, and Bandit
judges the code for real.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from seccode.cli import main
from seccode.llm.testing import FakeChatServer, ok

VULNERABLE = (
    "```python\nimport sqlite3\n\n\ndef get_user(db, name):\n    cur = sqlite3.connect(db).cursor()\n"
    "    cur.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)\n    return cur.fetchone()\n```"
)
FIXED = VULNERABLE.replace(
    "\"SELECT * FROM users WHERE name = '%s'\" % name", '"SELECT * FROM users WHERE name = ?", (name,)'
)
PROMPT = 'import sqlite3\n\n\ndef get_user(db, name):\n    """Return the users row whose name is name."""\n'
HOSTILE = "../../escape/../x.py"


def model(body: dict[str, Any]) -> str:
    """Writes an injectable query; fixes it when asked to repair."""
    first = next(m for m in body["messages"] if m["role"] == "user")["content"]
    return FIXED if "vulnerable to" in first else VULNERABLE


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    with FakeChatServer(model, models=frozenset({"m"})) as srv:
        yield srv


@pytest.fixture
def tasks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SECCODE_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "tasks.jsonl"
    ids = ["CWE-089/get_user.py", HOSTILE, "plain"]
    # distinct prompts, so no task is answered from another's cache entry
    rows = [{"id": i, "cwe": "CWE-089", "prompt": f"# {n}\n{PROMPT}"} for n, i in enumerate(ids)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def _args(server: FakeChatServer, tasks: Path, out: Path, *extra: str) -> list[str]:
    return [
        "run",
        str(tasks),
        "--generator",
        "openai:m",
        "--base-url",
        server.base_url,
        "--analyzers",
        "bandit",
        "--out",
        str(out),
        "--retries",
        "0",
        *extra,
    ]


def test_run_saves_everything_inside_out_and_reruns_from_cache(
    server: FakeChatServer, tasks: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "work" / "out"
    assert main(_args(server, tasks, out, "--max-rounds", "2")) == 0
    table = capsys.readouterr().out
    assert "vulnerable at round 0" in table and "fixed at round 1" in table
    assert len(server.calls) == 6  # three tasks: generate + one repair each
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["tasks"], summary["vulnerable_at_generation"], summary["fixed_per_round"]) == (
        3,
        3,
        [3, 0],
    )
    assert summary["still_vulnerable"] == 0 and summary["calls"] == 6 and summary["cached"] == 0
    codes = sorted(p.name for p in (out / "code").iterdir())
    histories = sorted(p.name for p in (out / "histories").iterdir())
    assert len(codes) == len(histories) == 3 and "plain.py" in codes
    assert all("?" in (out / "code" / c).read_text() for c in codes)  # the final, fixed code
    everything = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(
        p.is_relative_to(out.resolve()) or "cache" in p.parts or p.name == "tasks.jsonl" for p in everything
    )
    assert not (tmp_path / "escape").exists() and not (tmp_path / "work" / "escape").exists()
    history = json.loads((out / "histories" / histories[0]).read_text())
    assert history["outcome"] == "fixed" and [r["index"] for r in history["rounds"]] == [0, 1]
    assert history["rounds"][0]["findings"][0]["rule_id"].startswith("B608")

    assert main(_args(server, tasks, tmp_path / "again", "--max-rounds", "2")) == 0
    assert len(server.calls) == 6  # identical re-run: zero model calls
    assert json.loads((tmp_path / "again" / "summary.json").read_text())["cached"] == 6
    assert "(6 cached)" in capsys.readouterr().out


def test_still_vulnerable_exits_1(server: FakeChatServer, tasks: Path, tmp_path: Path) -> None:
    server.responder = lambda body: VULNERABLE
    assert main(_args(server, tasks, tmp_path / "out", "--max-rounds", "1", "--no-cache")) == 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["still_vulnerable"] == 3 and summary["fixed_per_round"] == [0]
    assert len(server.calls) == 3 * 2  # one repair call each: an unchanged answer spends the round


def test_max_rounds_zero_generates_only(server: FakeChatServer, tasks: Path, tmp_path: Path) -> None:
    assert main(_args(server, tasks, tmp_path / "out", "--max-rounds", "0", "--no-cache")) == 1
    assert len(server.calls) == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--max-rounds", "-1"], "--max-rounds must be 0 or more, got -1"),
        (["--concurrency", "0"], "--concurrency must be at least 1"),
        (["--generator", "openai:gpt-nope"], "does not know model 'gpt-nope' (404)"),
        (["--generator", "davinci"], "unknown model spec 'davinci'"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    server: FakeChatServer,
    tasks: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    assert main([*_args(server, tasks, tmp_path / "out"), *extra]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("seccode: error: ") and message in err[0]


def test_missing_model_file_is_one_line(
    tasks: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["run", str(tasks), "--generator", f"gguf:{tmp_path / 'none.gguf'}", "--out", str(tmp_path)])
        == 2
    )
    assert "model file not found" in capsys.readouterr().err


def test_generate_and_repair_single_steps(
    server: FakeChatServer, tasks: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    common = ["--base-url", server.base_url, "--no-cache"]
    assert (
        main(["generate", str(tasks), "--generator", "openai:m", *common, "--out", str(tmp_path / "gen")])
        == 0
    )
    assert len(list((tmp_path / "gen").iterdir())) == 3 and len(server.calls) == 3
    vulnerable = tmp_path / "app.py"
    vulnerable.write_text(VULNERABLE.removeprefix("```python\n").removesuffix("```"))
    capsys.readouterr()
    code = main(
        [
            "repair",
            str(vulnerable),
            "--cwe",
            "CWE-089",
            "--repairer",
            "openai:m",
            *common,
            "--analyzers",
            "bandit",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0 and "(name,)" in captured.out
    assert "vulnerable before, clean after" in captured.err
    assert "line 6: [bandit B608" in server.calls[-1]["messages"][-1]["content"]


def test_ctrl_c_keeps_finished_tasks_and_the_rerun_resumes(tmp_path: Path) -> None:
    """SIGINT mid-run: exit 130, finished tasks saved; the re-run only calls for what was not cached."""
    path = tmp_path / "tasks.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"t{i}", "cwe": 89, "prompt": f"# task {i}\n{PROMPT}"}) + "\n" for i in range(8)
        )
    )
    env = {**os.environ, "SECCODE_CACHE": str(tmp_path / "cache")}
    # 0.3 s an answer: 8 tasks take ~5 s, so the interrupt lands mid-run even on a loaded machine
    with FakeChatServer(model, default=ok(delay_s=0.3)) as server:
        args = [sys.executable, "-m", "seccode", *_args(server, path, tmp_path / "out", "--concurrency", "1")]
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        histories = tmp_path / "out" / "histories"
        while (
            time.monotonic() < deadline
            and len(list(histories.glob("*.json")) if histories.exists() else []) < 2
        ):
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130 and "interrupted" in err
        saved = len(list(histories.glob("*.json")))
        assert 2 <= saved < 8
        first_calls = len(server.calls)
        rerun = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
        assert rerun.returncode == 0, rerun.stderr
        assert len(list(histories.glob("*.json"))) == 8
        # 16 calls in all; every answer received before the interrupt came from the cache (a request
        # cut off in flight was never answered, so it is asked again)
        rerun_calls = len(server.calls) - first_calls
        assert 16 - first_calls <= rerun_calls <= 16 - first_calls + 1


DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.mark.skipif(not (DATA / "paper").is_dir(), reason="the paper's artefacts live beside the repository")
def test_run_replays_the_paper_without_a_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SECCODE_PAPER_DIR", str(DATA / "paper"))
    rows = [json.loads(x) for x in (DATA / "securityeval.jsonl").read_text().splitlines() if x.strip()]
    wanted = {"CWE-089_author_1.py", "CWE-078_author_1.py"}
    tasks = tmp_path / "se.jsonl"
    tasks.write_text("".join(json.dumps(r) + "\n" for r in rows if r["ID"] in wanted))
    out = tmp_path / "out"
    code = main(
        [
            "run",
            str(tasks),
            "--generator",
            "replay:paper:gpt-4",
            "--max-rounds",
            "1",
            "--analyzers",
            "bandit",
            "--out",
            str(out),
            "--no-cache",
        ]
    )
    assert code in (0, 1), capsys.readouterr().err
    paper = {
        json.loads(x)["task_id"]: json.loads(x)["generated_code"]
        for x in (DATA / "paper" / "rq1_generations.jsonl").read_text().splitlines()
        if json.loads(x)["model"] == "gpt-4"
    }
    saved = sorted((out / "histories").iterdir())
    assert len(saved) == 2
    for path in saved:
        history = json.loads(path.read_text())
        assert history["generator"] == "replay:paper:gpt-4"
        assert history["rounds"][0]["code"].strip() == paper[history["task_id"]].strip()
