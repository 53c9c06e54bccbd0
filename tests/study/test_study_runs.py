"""rq1 -> rq2, rq3 and rq4 end to end through the CLI, against a real HTTP model server whose
answers are scripted, so every figure is known in advance."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from seccode.cli import main
from seccode.llm.testing import FakeChatServer
from seccode.store import RunStore
from seccode.study import Count
from seccode.study._run_metrics import RunFigures

TASKS = 6


def _answer(body: dict[str, Any]) -> str:
    prompt = body["messages"][-1]["content"]
    found = re.search(r"def f(\d+)\(", prompt)
    assert found is not None, prompt
    n = int(found.group(1))
    if prompt.startswith("Your task is to determine whether"):
        return "True" if "os.system" in prompt else "False. The code is not vulnerable."
    if "generate the complete fixed code" in prompt:  # the paper's repair prompt
        return f"```python\nimport shlex\n\n\ndef f{n}():\n    return shlex.quote(str({n}))\n```"
    if n % 2:  # odd tasks: a shell injection
        return f"```python\nimport os\n\n\ndef f{n}():\n    os.system(input())\n```"
    return f"```python\ndef f{n}():\n    return {n}\n```"


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = tmp_path_factory.mktemp("runs")
    tasks = root / "tasks.jsonl"
    rows = [
        {"id": f"t{i}", "prompt": f"def f{i}():\n    '''task {i}'''\n", "cwe": "CWE-078"}
        for i in range(TASKS)
    ]
    tasks.write_text("".join(json.dumps(r) + "\n" for r in rows))
    labels = root / "labels.jsonl"
    labels.write_text("".join(json.dumps({"model": "vllm:gen", "task_id": f"t{i}", "label": i % 2}) + "\n"
                              for i in range(TASKS)))  # fmt: skip
    path = root / "study.sqlite"
    prices = root / "prices.json"
    prices.write_text(json.dumps({"vllm:gen": {"input_per_mtok": 1000.0, "output_per_mtok": 2000.0}}))
    with FakeChatServer(_answer) as server:
        common = ["--store", str(path), "--analyzers", "bandit", "--base-url", server.base_url]
        rq1 = ["study", "rq1", "--tasks", str(tasks), "--models", "vllm:gen", "--labels", str(labels)]
        assert main([*rq1, "--prices", str(prices), *common]) == 0
        assert main(["study", "rq2", "--from-run", "rq1", "--models", "vllm:judge", *common]) == 0
        assert main(["study", "rq3", "--from-run", "rq1", "--models", "vllm:fixer", *common]) == 0
        rq4 = ["study", "rq4", "--tasks", str(tasks), "--generators", "vllm:gen", "--models", "vllm:fixer"]
        errors = io.StringIO()
        with contextlib.redirect_stderr(errors):  # so a failure shows seccode's one-line error
            assert main([*rq4, "--runs", "2", "--max-rounds", "2", *common]) == 0, errors.getvalue()
        yield path, server.base_url


def test_rq1_vulnerable_by_us_and_by_the_labels(study: tuple[Path, str]) -> None:
    with RunStore.open_readonly(study[0]) as store:
        (row,) = RunFigures(store, "rq1").generation()
    assert (row.answers, row.no_code, row.vulnerable, row.labelled) == (6, 0, Count(3, 6), Count(3, 6))
    assert row.prompt_tokens > 0 and row.completion_tokens > 0
    expected = (row.prompt_tokens * 1000.0 + row.completion_tokens * 2000.0) / 1_000_000
    assert row.cost_usd == pytest.approx(expected)


def test_rq2_detection_against_the_labels(study: tuple[Path, str]) -> None:
    with RunStore.open_readonly(study[0]) as store:
        (score,) = RunFigures(store, "rq2").detection()
    assert (score.judge, score.reference, score.correct, score.false_positives) == (
        "vllm:judge", "labels", Count(6, 6), Count(0, 3),
    )  # fmt: skip
    assert score.unparsable == 0


def test_rq3_one_repair_of_each_vulnerable_program(study: tuple[Path, str]) -> None:
    with RunStore.open_readonly(study[0]) as store:
        cells = RunFigures(store, "rq3").repair()
    assert [(c.repairer, c.generator, c.repaired) for c in cells] == [("vllm:fixer", "vllm:gen", Count(3, 3))]


def test_rq4_paper_and_strict_metrics_per_round(study: tuple[Path, str]) -> None:
    with RunStore.open_readonly(study[0]) as store:
        (loop,) = RunFigures(store, "rq4").loops()
    # 3 vulnerable programs x 2 runs flagged at generation, all fixed at round 1
    assert loop.row.flagged == (6, 0, 0)
    assert loop.row.paper_metric == 1.0 and loop.row.strict == 1.0
    assert loop.cumulative == (Count(0, 6), Count(6, 6), Count(6, 6))


def test_resuming_a_finished_run_calls_nothing(
    study: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, base_url = study
    capsys.readouterr()
    assert main(["study", "resume", "rq2", "--store", str(path), "--base-url", base_url]) == 0
    assert "rq2 run rq2: 0 jobs, samples 6 -> 6" in capsys.readouterr().out


def test_reports_of_study_runs(
    study: tuple[Path, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    capsys.readouterr()
    assert main(["report", "rq1", "rq2", "rq3", "rq4", "--store", str(study[0]), "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert "| vllm:gen | 6 | 0 | 3/6 (50.0%) | 3/6 (50.0%) |" in out and "| $0." in out
    assert "### [rq1] RQ1 per CWE: vulnerable programs by our verdict" in out and "| CWE-78 | 3/6 |" in out
    assert "| vllm:judge | labels | 6/6 (100.0%) | 0/3 (0.0%) | 0 |" in out
    assert "| vllm:fixer | vllm:gen | 3/3 (100.0%) |" in out
    assert "| vllm:fixer<-vllm:gen | 2 | 100.0% | 100.0% | 6 0 0 |" in out
    page = tmp_path / "rq4.html"
    assert main(["report", "rq4", "--store", str(study[0]), "--format", "html", "-o", str(page)]) == 0
    html = page.read_text()
    assert 'id="figure6"' in html and "round: vllm:fixer &lt;- vllm:gen t1 #1 round 1" in html
