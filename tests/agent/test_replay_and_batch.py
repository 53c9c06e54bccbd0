"""Replay re-runs a study exactly without a model; the batching scanner groups concurrent scans."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from loop_script import PROMPT, VULNERABLE

from seccode.agent import BatchScanner, LoopConfig, RunConfig, run_tasks, write_history
from seccode.errors import ProviderError
from seccode.llm import ChatMessage, SamplingParams, get_provider, request_context
from seccode.llm._openai import OpenAICompatibleProvider
from seccode.llm.testing import FakeChatServer
from seccode.scanners import Analyzer, Program
from seccode.tasks import Task

PAPER = Path(__file__).resolve().parents[3] / "shared" / "data" / "paper"
ASK = [ChatMessage("user", "ignored by replay")]


def _tasks(n: int) -> list[Task]:
    return [Task(f"CWE-089/t{i}.py", f"# {i}\n{PROMPT}", 89, "test") for i in range(n)]


async def test_run_folder_replays_to_the_same_histories(
    tmp_path: Path, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    tasks = _tasks(4)
    config = RunConfig(LoopConfig(max_rounds=2), concurrency=4)
    recorded = await run_tasks(
        tasks, model, model, bandit, config, on_done=lambda h: write_history(tmp_path, h)
    )
    calls = len(model_server.calls)
    replay = get_provider(f"replay:{tmp_path}")
    replayed = await run_tasks(tasks, replay, replay, bandit, config)
    assert len(model_server.calls) == calls
    assert [h.outcome for h in replayed] == [h.outcome for h in recorded] == ["fixed"] * 4
    assert [h.final_code for h in replayed] == [h.final_code for h in recorded]
    for a, b in zip(recorded, replayed, strict=True):
        assert [r.code for r in a.rounds] == [r.code for r in b.rounds]
        assert [r.findings for r in a.rounds] == [r.findings for r in b.rounds]
        assert all(x.cached for r in b.rounds for x in r.attempts)


async def test_replay_gaps_are_provider_errors(tmp_path: Path, bandit: list[Analyzer]) -> None:
    rows = [{"model": "x", "task_id": "CWE-089/t0.py", "stage": "generate", "text": VULNERABLE}]
    source = tmp_path / "answers.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    replay = get_provider(f"replay:{source}@x")
    [history] = await run_tasks(_tasks(1), replay, replay, bandit)
    assert history.outcome == "error" and len(history.rounds) == 1
    assert history.error == "replay:x: no recorded answer for CWE-089/t0.py at repair-1"
    with pytest.raises(ProviderError, match="only inside the loop"):
        await replay.complete(ASK, SamplingParams())
    with pytest.raises(ProviderError, match="holds no answers by 'y'"):
        get_provider(f"replay:{source}@y")
    with pytest.raises(ProviderError, match="replay source not found"):
        get_provider(f"replay:{tmp_path / 'absent'}")


@pytest.mark.skipif(not PAPER.is_dir(), reason="the paper's artefacts live beside the repository")
async def test_paper_replay_serves_the_recorded_generations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECCODE_PAPER_DIR", str(PAPER))
    rows = [json.loads(line) for line in (PAPER / "rq1_generations.jsonl").read_text().splitlines()]
    row = next(r for r in rows if r["model"] == "gpt-4" and r["task_id"] == "CWE-089/author_1.py")
    replay = get_provider("replay:paper:gpt-4")
    with request_context("CWE-089/author_1.py", "generate"):
        done = await replay.complete(ASK, SamplingParams())
    assert done.text == row["generated_code"] and done.model == "paper:gpt-4" and done.cached
    with pytest.raises(ProviderError, match="no answers by 'gpt-5'"):
        get_provider("replay:paper:gpt-5")


async def test_batch_scanner_groups_concurrent_programs(bandit: list[Analyzer]) -> None:
    scanner = BatchScanner(bandit)
    programs = [Program(f"p{i}", VULNERABLE.strip("`").removeprefix("python\n"), 89) for i in range(10)]
    results = await asyncio.gather(*(scanner(p) for p in programs))
    assert [r.program.id for r in results] == [p.id for p in programs]
    assert all(any(f.rule_id.startswith("B608") for f in r.findings) for r in results)
    assert scanner.batches <= 2  # the first program starts a scan; the other nine wait and go together
