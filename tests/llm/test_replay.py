"""The replay provider serves each recorded answer by (model, task, stage, whose program): the
paper's generations, its RQ2 answers about every generator's programs and its cross-model RQ3
repairs; a call with no recording is a ProviderError naming model, task and stage."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from seccode.errors import ProviderError
from seccode.llm import ChatMessage, SamplingParams, get_provider, request_context
from seccode.llm._replay_keys import recorded_name, split_stage, stage_about
from seccode.study.testing import REPAIRED_CODE, VULNERABLE_CODE, write_fake_artifacts

PAPER = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "paper"
SHELL = "CWE-078/shell.py"


def _ask(spec: str, task_id: str, stage: str) -> str:
    async def go() -> str:
        provider = get_provider(spec)
        with request_context(task_id, stage):
            done = await provider.complete([ChatMessage("user", "?")], SamplingParams())
        return done.text

    return asyncio.run(go())


@pytest.fixture
def fake_paper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = write_fake_artifacts(tmp_path / "paper")
    # the fake gpt-4 answers "False" about codegeex2's quiet program and "true" about gpt-3.5's shell
    rows = [json.loads(line) for line in (folder / "rq1_generations.jsonl").read_text().splitlines()]
    for row in rows:
        if row["model"] == "codegeex2" and row["task_id"] == "CWE-078/quiet.py":
            row["rq2_judge_by_gpt-4_raw"] = "False"
    (folder / "rq1_generations.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    monkeypatch.setenv("SECCODE_PAPER_DIR", str(folder))
    return folder


def test_stage_naming_round_trips() -> None:
    assert stage_about("detect", "replay:paper:gpt-3.5") == "detect of replay:paper:gpt-3.5"
    assert split_stage("detect of replay:paper:gpt-3.5") == ("detect", "replay:paper:gpt-3.5")
    assert split_stage("repair-1") == ("repair-1", "")
    assert stage_about("generate", "") == "generate"
    assert recorded_name("replay:paper:gpt-3.5") == "gpt-3.5"
    assert recorded_name("replay:runs/x@openai:gpt-4o") == "openai:gpt-4o"
    assert recorded_name("openai:gpt-4o") == "openai:gpt-4o"


def test_generation_detection_and_repair_by_whose_program(fake_paper: Path) -> None:
    assert _ask("replay:paper:gpt-4", SHELL, "generate") == VULNERABLE_CODE
    # RQ2: the raw answer text, as recorded, about the named generator's program
    assert _ask("replay:paper:gpt-4", "CWE-078/quiet.py", "detect of replay:paper:codegeex2") == "False"
    assert _ask("replay:paper:gpt-4", "CWE-078/quiet.py", "detect of replay:paper:gpt-3.5") == "false"
    assert _ask("replay:paper:gpt-3.5", "CWE-078/quiet.py", "detect of replay:paper:gpt-4") == "true"
    # RQ3 across models: gpt-4 repairing codellama's program, gpt-3.5 repairing gpt-4's
    assert _ask("replay:paper:gpt-4", SHELL, "repair-1 of replay:paper:codellama") == REPAIRED_CODE
    assert _ask("replay:paper:gpt-3.5", SHELL, "repair-1 of replay:paper:gpt-4") == VULNERABLE_CODE
    # the repair loop names no subject: a model's repair of its own program, as before
    assert _ask("replay:paper:gpt-4", SHELL, "repair-1") == REPAIRED_CODE


def test_a_missing_record_names_model_task_and_stage(fake_paper: Path) -> None:
    with pytest.raises(ProviderError) as missing:
        _ask("replay:paper:gpt-4", "CWE-078/quiet.py", "repair-1 of replay:paper:gpt-3.5")
    assert str(missing.value) == (
        "replay:paper:gpt-4: no recorded answer for CWE-078/quiet.py at repair-1 about gpt-3.5's program"
    )
    # a named program the paper never saw is not answered with the model's answer about its own
    with pytest.raises(ProviderError, match="at detect about openai:gpt-4o's program"):
        _ask("replay:paper:gpt-4", SHELL, "detect of openai:gpt-4o")
    with pytest.raises(ProviderError, match=r"no recorded answer for CWE-000/none\.py at generate$"):
        _ask("replay:paper:gpt-4", "CWE-000/none.py", "generate")
    with pytest.raises(ProviderError, match="only inside the loop or a study"):
        asyncio.run(get_provider("replay:paper:gpt-4").complete([], SamplingParams()))


def test_a_jsonl_recording_may_name_whose_program(tmp_path: Path) -> None:
    rows = [
        {"model": "m", "task_id": "t", "stage": "detect", "subject": "a", "text": "true"},
        {"model": "m", "task_id": "t", "stage": "detect", "subject": "b", "text": "false"},
        {"model": "m", "task_id": "t", "stage": "generate", "text": "x = 1\n"},
    ]
    source = tmp_path / "answers.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    spec = f"replay:{source}@m"
    assert _ask(spec, "t", "detect of replay:paper:a") == "true"
    assert _ask(spec, "t", "detect of b") == "false"
    assert _ask(spec, "t", "generate") == "x = 1\n"
    with pytest.raises(ProviderError, match="at detect about c's program"):
        _ask(spec, "t", "detect of c")


@pytest.mark.skipif(not (PAPER / "rq3_repairs.jsonl").is_file(), reason=f"no paper artefacts at {PAPER}")
def test_the_real_artifacts_cross_model_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECCODE_PAPER_DIR", str(PAPER))
    rq1 = {
        (r["model"], r["task_id"]): r
        for r in map(json.loads, (PAPER / "rq1_generations.jsonl").read_text().splitlines())
    }
    rq3 = {
        (r["repair_model"], r["generation_model"], r["task_id"]): r
        for r in map(json.loads, (PAPER / "rq3_repairs.jsonl").read_text().splitlines())
    }
    task = "CWE-020/author_1.py"  # gpt-3.5's program: gpt-3.5 says "true", gpt-4 "false"
    assert _ask("replay:paper:gpt-4", task, "detect of replay:paper:gpt-3.5") == "false"
    assert _ask("replay:paper:gpt-3.5", task, "detect of replay:paper:gpt-3.5") == "true"
    for judge in ("gpt-3.5", "gpt-4"):
        row = rq1[("codegeex2", task)]
        assert (
            _ask(f"replay:paper:{judge}", task, "detect of replay:paper:codegeex2")
            == row[f"rq2_judge_by_{judge}_raw"]
        )
    repair = rq3[("gpt-4", "gpt-3.5", task)]["repaired_code"]
    assert _ask("replay:paper:gpt-4", task, "repair-1 of replay:paper:gpt-3.5") == repair
    assert repair != rq3[("gpt-4", "gpt-4", task)]["repaired_code"]
