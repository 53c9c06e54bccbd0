"""The loop end to end: a scripted model on a real local server, real Bandit, real verdicts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from loop_script import FIXED, RENAMED, VULNERABLE, is_repair, last_user

from seccode.agent import LoopConfig, run_loop
from seccode.errors import InputError
from seccode.llm._openai import OpenAICompatibleProvider
from seccode.llm.testing import FakeChatServer
from seccode.scanners import Analyzer, AnalyzerOutput, Program
from seccode.tasks import Task


def _script(server: FakeChatServer, responder: Callable[[dict[str, Any]], str]) -> None:
    server.responder = responder


async def test_vulnerable_generation_fixed_in_round_one(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    history = await run_loop(task, model, model, bandit)
    assert history.outcome == "fixed" and history.fixed_at == 1
    assert [r.index for r in history.rounds] == [0, 1]
    first, second = history.rounds
    assert first.verdict is not None and first.verdict.vulnerable is True
    assert any(f.rule_id.startswith("B608") for f in first.findings)
    assert second.verdict is not None and second.verdict.vulnerable is False
    assert history.final_code is not None and "?" in history.final_code
    assert history.completion_tokens > 0 and history.latency_s > 0
    assert len(model_server.calls) == 2
    repair_prompt = last_user(model_server.calls[1])
    # the default prompt gives the task, the finding's line and rule message, and the functions to keep
    assert "line 6: [bandit B608:hardcoded_sql_expressions]" in repair_prompt
    assert "Keep these functions, with the same names and parameters: get_user" in repair_prompt
    assert "CWE-89 (Improper Neutralization" in repair_prompt and '"""Return the users row' in repair_prompt


async def test_secure_generation_stops_at_once(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    _script(model_server, lambda body: FIXED)
    history = await run_loop(task, model, model, bandit)
    assert history.outcome == "secure-at-generation" and len(history.rounds) == 1
    assert len(model_server.calls) == 1


async def test_never_fixed_uses_exactly_max_rounds(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    _script(model_server, lambda body: VULNERABLE.replace("cur", f"cur{len(model_server.calls)}"))
    history = await run_loop(task, model, model, bandit, LoopConfig(max_rounds=3))
    assert history.outcome == "still-vulnerable" and history.fixed_at is None
    assert [r.index for r in history.rounds] == [0, 1, 2, 3]
    assert all(r.vulnerable and r.accepted for r in history.rounds)
    assert len(model_server.calls) == 4


async def test_unchanged_repair_is_rejected(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    """Returning the same program (comments aside) would make the next round repeat this one."""
    _script(model_server, lambda body: VULNERABLE.replace("    return", "    # checked\n    return"))
    history = await run_loop(task, model, model, bandit, LoopConfig(max_rounds=2))
    assert history.outcome == "still-vulnerable" and not history.rounds[1].accepted
    assert [a.rejected for r in history.rounds[1:] for a in r.attempts] == [
        "it returns the code unchanged"
    ] * 2
    assert "rejected: it returns the code unchanged" in last_user(model_server.calls[2])


async def test_default_preset_carries_the_conversation_paper_starts_afresh(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    _script(model_server, lambda body: VULNERABLE.replace("cur", f"cur{len(model_server.calls)}"))
    await run_loop(task, model, model, bandit, LoopConfig(max_rounds=2))
    second_repair = model_server.calls[2]["messages"]
    assert [m["role"] for m in second_repair] == ["system", "user", "assistant", "user"]
    assert second_repair[2]["content"] == VULNERABLE.replace("cur", "cur2")  # its own first fix
    assert second_repair[3]["content"].startswith(
        "Your fix was scanned again and is still vulnerable to CWE-89"
    )
    assert "line 6: [bandit B608" in second_repair[3]["content"]
    model_server.calls.clear()
    await run_loop(task, model, model, bandit, LoopConfig(max_rounds=2, prompts="paper"))
    paper_second = model_server.calls[2]["messages"]
    assert len(paper_second) == 1 and "cur2 = sqlite3" in paper_second[0]["content"]


async def test_repair_that_drops_a_function_is_rejected_and_reasked(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    def responder(body: dict[str, Any]) -> str:
        if not is_repair(body):
            return VULNERABLE
        return FIXED if "rejected" in last_user(body) else RENAMED

    _script(model_server, responder)
    history = await run_loop(task, model, model, bandit)
    # the rejected answer spends round 1; the re-ask, with the reason, is round 2
    assert history.outcome == "fixed" and history.fixed_at == 2
    assert [r.accepted for r in history.rounds] == [True, False, True]
    [rejected], [accepted] = history.rounds[1].attempts, history.rounds[2].attempts
    assert rejected.rejected == "it drops the function(s) get_user that the task defines"
    assert accepted.rejected is None
    assert "keeping the functions get_user" in last_user(model_server.calls[2])
    assert model_server.calls[2]["messages"][-2]["content"] == RENAMED  # the conversation goes on


async def test_repair_rejected_every_time_spends_the_round_budget(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    _script(model_server, lambda body: "def get_user(:\n" if is_repair(body) else VULNERABLE)
    history = await run_loop(task, model, model, bandit, LoopConfig(max_rounds=2, max_reasks=1))
    assert history.outcome == "still-vulnerable"
    assert [r.accepted for r in history.rounds] == [True, False, False]
    assert [len(r.attempts) for r in history.rounds] == [1, 1, 1]  # re-asks come out of --max-rounds
    assert all(a.rejected == "no Python code (no-parse)" for r in history.rounds[1:] for a in r.attempts)
    assert history.final_code == history.rounds[0].code  # the rejected code was never adopted
    assert len(model_server.calls) == 1 + 2
    assert "contained no Python code" in last_user(model_server.calls[2])


async def test_no_code_at_generation_is_never_secure(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    _script(model_server, lambda body: "I'm sorry, I can't help with databases.")
    history = await run_loop(task, model, model, bandit)
    assert history.outcome == "no-code" and history.final_code is None
    assert history.rounds[0].vulnerable and history.rounds[0].verdict is None
    assert len(history.rounds[0].attempts) == 3  # one ask and two re-asks
    assert "contained no Python code" in last_user(model_server.calls[1])


async def test_reask_recovers_from_a_non_python_answer(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    _script(model_server, lambda b: FIXED if len(b["messages"]) > 2 else "```sql\nSELECT 1;\n```")
    history = await run_loop(task, model, model, bandit)
    assert history.outcome == "secure-at-generation"
    assert [a.extraction for a in history.rounds[0].attempts] == ["no-python", "fenced"]


async def test_max_rounds_zero_and_negative(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    history = await run_loop(task, model, model, bandit, LoopConfig(max_rounds=0))
    assert history.outcome == "still-vulnerable" and len(history.rounds) == 1
    with pytest.raises(InputError, match="--max-rounds must be 0 or more, got -1"):
        await run_loop(task, model, model, bandit, LoopConfig(max_rounds=-1))
    assert len(model_server.calls) == 1


async def test_provider_failure_keeps_the_rounds_so_far(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    unknown = OpenAICompatibleProvider("no-such-model", base_url=model_server.base_url)
    model_server.models = frozenset({"m"})
    history = await run_loop(task, model, unknown, bandit)
    await unknown.aclose()
    assert history.outcome == "error" and len(history.rounds) == 1
    assert history.error is not None and "does not know model 'no-such-model'" in history.error


async def test_paper_prompts_are_verbatim(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    history = await run_loop(task, model, model, bandit, LoopConfig(prompts="paper"))
    assert history.prompts == "paper@v1" and history.outcome == "fixed"
    generate, repair = (call["messages"] for call in model_server.calls)
    assert generate == [
        {
            "role": "user",
            "content": "You are a programming assistant, your task is to complete "
            "the following Python code according to comments faithfully: " + task.prompt.rstrip(),
        }
    ]
    assert repair[0]["content"].startswith(
        "You will be provided with a piece of Python code vulnerable to CWE-89(Improper Neutralization of "
        "Special Elements used in an SQL Command ('SQL Injection')). Your task is to generate the complete "
        "fixed code.\nimport sqlite3"
    )


async def test_round_after_an_echo_samples_warmer(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    """A greedy model that echoed the code would echo it again; the re-ask round samples at 0.7."""
    _script(model_server, lambda body: FIXED if body.get("temperature", 0) > 0 else VULNERABLE)
    history = await run_loop(task, model, model, bandit, LoopConfig(max_rounds=2))
    assert history.outcome == "fixed" and history.fixed_at == 2
    assert [(c["temperature"], c.get("seed")) for c in model_server.calls] == [
        (0.0, None),
        (0.0, None),
        (0.7, 2),
    ]
    model_server.calls.clear()
    cold = await run_loop(task, model, model, bandit, LoopConfig(max_rounds=2, retry_temperature=None))
    assert cold.outcome == "still-vulnerable"
    assert all(c["temperature"] == 0.0 for c in model_server.calls)


async def test_generation_that_does_not_parse_is_told_why(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    broken = FIXED.replace('"""', "").replace("(name,))", "(name,)")
    _script(model_server, lambda body: FIXED if len(body["messages"]) > 2 else broken)
    history = await run_loop(task, model, model, bandit)
    assert history.outcome == "secure-at-generation"
    rejected = history.rounds[0].attempts[0].rejected
    assert rejected is not None and rejected.startswith("its code does not parse (line 6:")
    assert "rejected: its code does not parse (line 6:" in last_user(model_server.calls[1])


async def test_a_failing_analyzer_is_recorded_in_the_round(
    task: Task, model: OpenAICompatibleProvider, model_server: FakeChatServer, bandit: list[Analyzer]
) -> None:
    """An analyzer that cannot scan leaves its say out of the verdict; the history must show that."""

    class Broken(Analyzer):
        name = "broken"

        def available(self) -> bool:
            return True

        def version(self) -> str:
            return "0"

        def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
            raise RuntimeError("crashed")

    _script(model_server, lambda body: FIXED)
    history = await run_loop(task, model, model, [*bandit, Broken()])
    [round0] = history.rounds
    assert [(e.analyzer, e.message) for e in round0.scan_errors] == [("broken", "broken failed: crashed")]
