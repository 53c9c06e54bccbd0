"""A study run that cannot run is refused in one line (exit 2) before any model is called."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from seccode.cli import main
from seccode.llm.testing import FakeChatServer
from seccode.store import RunStore


def _tasks(path: Path, ids: list[str]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i, "prompt": f"def f():\n    '''{i}'''\n", "cwe": 78}) + "\n" for i in ids)
    )
    return path


def _fails(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err


def test_an_unknown_provider_is_refused_and_nothing_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = tmp_path / "s.sqlite"
    tasks = _tasks(tmp_path / "t.jsonl", ["a", "b"])
    _fails(
        capsys,
        [
            "study",
            "rq1",
            "--store",
            str(study),
            "--tasks",
            str(tasks),
            "--models",
            "nosuch:model",
            "--analyzers",
            "bandit",
        ],
        "unknown model spec 'nosuch:model'",
    )
    with RunStore.open_readonly(study) as store:
        assert store.runs() == []


@pytest.mark.skipif(
    shutil.which("codeql") is not None, reason="CodeQL is installed here, so it is not missing"
)
def test_a_missing_analyzer_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tasks = _tasks(tmp_path / "t.jsonl", ["a"])
    args = [
        "study",
        "rq1",
        "--store",
        str(tmp_path / "s.sqlite"),
        "--tasks",
        str(tasks),
        "--models",
        "vllm:m",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--analyzers",
        "codeql",
    ]
    capsys.readouterr()
    assert main(args) == 2
    assert "codeql" in capsys.readouterr().err.lower()


def test_duplicate_task_ids_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tasks = _tasks(tmp_path / "t.jsonl", ["a", "b", "a"])
    _fails(
        capsys,
        [
            "study",
            "rq1",
            "--store",
            str(tmp_path / "s.sqlite"),
            "--tasks",
            str(tasks),
            "--models",
            "vllm:m",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--analyzers",
            "bandit",
        ],
        "'a'",
    )


def test_a_bad_labels_file_is_refused_before_any_call(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tasks = _tasks(tmp_path / "t.jsonl", ["a"])
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"model": "vllm:m", "task_id": "a", "label": 0.3}) + "\n")
    with FakeChatServer() as server:
        args = [
            "study",
            "rq1",
            "--store",
            str(tmp_path / "s.sqlite"),
            "--tasks",
            str(tasks),
            "--models",
            "vllm:m",
            "--base-url",
            server.base_url,
            "--analyzers",
            "bandit",
            "--labels",
            str(labels),
        ]
        _fails(capsys, args, "label 0.3 is not one of 0, 0.5, 1, -1")
        assert server.calls == []
        labels.write_text(json.dumps({"model": "vllm:m", "task_id": "zzz", "label": 1}) + "\n")
        _fails(capsys, args, "label for unknown sample generate vllm:m zzz")


def test_resume_refuses_changed_tasks_and_unknown_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = tmp_path / "s.sqlite"
    tasks = _tasks(tmp_path / "t.jsonl", ["a"])
    with FakeChatServer() as server:
        common = ["--store", str(study), "--base-url", server.base_url]
        assert (
            main(
                [
                    "study",
                    "rq1",
                    "--tasks",
                    str(tasks),
                    "--models",
                    "vllm:m",
                    "--analyzers",
                    "bandit",
                    *common,
                ]
            )
            == 0
        )
        _tasks(tasks, ["a", "b"])  # the task file changed under the run
        _fails(capsys, ["study", "resume", "rq1", *common], "exists in")
        _fails(capsys, ["study", "resume", "nope", *common], "no run 'nope'")
        _fails(
            capsys, ["study", "rq2", "--from-run", "nope", "--models", "vllm:m", *common], "is not an rq1 run"
        )
