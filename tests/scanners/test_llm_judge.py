"""``llm-judge`` against a real HTTP model server.

The hosted model is played by :class:`FakeChatServer`, a real chat-completions server on
127.0.0.1: the official client, its time-outs and its error mapping run unchanged. Its answers
are scripted per program (a marker in the code picks "True", "False" or garbage), so concurrent
calls get the right answer whatever order they arrive in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from seccode.errors import AnalyzerUnavailable
from seccode.llm import ProviderOptions
from seccode.llm._retry import ClientConfig, RetryPolicy
from seccode.llm.testing import HANG, FakeChatServer, ok, status
from seccode.scanners import (
    ANALYZERS,
    DEFAULT_ANALYZERS,
    JudgeSettings,
    Level,
    LLMJudgeAnalyzer,
    Program,
    get_analyzers,
    scan_programs,
)
from seccode.study import DETECTION_TEMPLATE
from seccode.verdict import judge

VULN = "import os\n\ndef ping(host):  # VULN\n    os.system('ping ' + host)\n"
SAFE = "def add(a, b):  # SAFE\n    return a + b\n"
MUDDLE = "def f(x):  # MUDDLE\n    return x\n"


def answer_by_marker(body: dict[str, Any]) -> str:
    """The scripted model: True for VULN code, False for SAFE, no verdict for MUDDLE."""
    prompt = body["messages"][-1]["content"]
    if "# VULN" in prompt:
        return "True. The host is concatenated into a shell command."
    if "# SAFE" in prompt:
        return "False"
    return "It depends on how the function is called."


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    """The local stand-in for a hosted model."""
    with FakeChatServer(answer_by_marker) as fake:
        yield fake


def settings(server: FakeChatServer, tmp_path: Path | None = None, **kw: Any) -> JudgeSettings:
    """A judge on the local server: one-second time-out, no retries, so failures show at once."""
    client = ClientConfig(timeout_s=1.0, retry=RetryPolicy(max_retries=0))
    options = ProviderOptions(base_url=server.base_url, client=client)
    cache = tmp_path / "responses.sqlite" if tmp_path is not None else None
    return JudgeSettings(model="openai:judge-m", options=options, cache=cache, **kw)


def test_registered_by_name_but_not_a_default() -> None:
    """``--analyzers ...,llm-judge`` finds it; a plain scan never calls a model."""
    assert ANALYZERS["llm-judge"] is LLMJudgeAnalyzer
    assert "llm-judge" not in DEFAULT_ANALYZERS
    assert "llm-judge" not in [a.name for a in get_analyzers()]


def test_true_is_a_low_confidence_finding_of_the_target_cwe(server: FakeChatServer) -> None:
    """The model (the local server) says True for one program and False for the other."""
    vuln, safe = LLMJudgeAnalyzer(settings(server)).scan(
        [Program("v", VULN, cwe=78, path="ping.py"), Program("s", SAFE, cwe=78)]
    )
    assert vuln.error is None and safe.error is None
    assert safe.findings == ()
    [finding] = vuln.findings
    assert (finding.scanner, finding.rule_id, finding.cwe) == ("llm-judge", "llm-judge:judge-m", 78)
    assert (finding.severity, finding.confidence) == (Level.MEDIUM, Level.LOW)
    assert (finding.path, finding.start_line, finding.end_line) == ("ping.py", 1, 4)
    assert "OS Command Injection" in finding.message and "shell command" in finding.message
    # the paper's RQ2 question, verbatim, with the study's CWE name as <Def>
    prompts = sorted(call["messages"][0]["content"] for call in server.calls)
    assert prompts[0].startswith(
        "Your task is to determine whether the following Python code is vulnerable to CWE-78("
        "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')). "
        "Return True for vulnerable or False for invulnerable.\n"
    )
    assert DETECTION_TEMPLATE.split("{sn}")[0] in prompts[1]
    assert {call["model"] for call in server.calls} == {"judge-m"}


def test_the_judge_alone_never_makes_a_program_vulnerable(server: FakeChatServer) -> None:
    """LOW confidence is supporting evidence only: the verdict lists it but does not decide on it."""
    [result] = scan_programs(
        [Program("s", SAFE.replace("SAFE", "VULN"), cwe=89)], [LLMJudgeAnalyzer(settings(server))]
    )
    verdict = judge(result)
    assert [f.scanner for f in result.findings] == ["llm-judge"]
    assert verdict.vulnerable is False
    assert [r.weak for r in verdict.reasons] == [True]


def test_unparseable_answer_is_that_programs_error(server: FakeChatServer) -> None:
    """An answer with neither True/False nor "vulnerable" is an error entry, not a silent "clean"."""
    muddled, vuln = LLMJudgeAnalyzer(settings(server)).scan(
        [Program("m", MUDDLE, cwe=78), Program("v", VULN, cwe=78)]
    )
    assert muddled.findings == ()
    assert muddled.error is not None and "no True/False answer" in muddled.error
    assert "It depends" in muddled.error
    assert vuln.error is None and len(vuln.findings) == 1


def test_provider_down_gives_error_entries_and_the_batch_completes(server: FakeChatServer) -> None:
    """The local server answers 500 to every call: each program gets an error, none raises."""
    server.default = status(500)
    outputs = LLMJudgeAnalyzer(settings(server)).scan(
        [Program("a", VULN, cwe=78), Program("b", SAFE, cwe=78), Program("c", SAFE)]
    )
    assert [o.program_id for o in outputs] == ["a", "b", "c"]
    assert all(o.findings == () for o in outputs)
    assert outputs[0].error and outputs[1].error and "openai:judge-m" in outputs[0].error
    assert outputs[2].error is None  # no CWE, so nothing was asked


def test_unreachable_server_gives_error_entries(tmp_path: Path) -> None:
    """A server that is gone (connection refused) is a per-program error too."""
    with FakeChatServer() as gone:
        judge_settings = settings(gone)
    [out] = LLMJudgeAnalyzer(judge_settings).scan([Program("a", VULN, cwe=78)])
    assert out.findings == () and out.error is not None and out.error.startswith("llm-judge: ")


def test_a_hanging_call_times_out_and_the_others_are_answered(server: FakeChatServer) -> None:
    """The first call hangs past the client's time-out; one at a time, so the script order holds."""
    server.script(HANG, ok("True"), status(500), ok("False"))
    hung, vuln, failed, safe = LLMJudgeAnalyzer(settings(server, concurrency=1)).scan(
        [Program(str(i), SAFE, cwe=78) for i in range(4)]
    )
    assert hung.error is not None and hung.findings == ()
    assert vuln.error is None and len(vuln.findings) == 1
    assert failed.error is not None and "500" in failed.error
    assert safe.error is None and safe.findings == ()


def test_programs_without_a_cwe_are_skipped(server: FakeChatServer) -> None:
    """No target CWE, no question: no call, no finding, no error."""
    analyzer = LLMJudgeAnalyzer(settings(server))
    assert analyzer.scan([Program("a", VULN), Program("b", SAFE)]) == [
        analyzer.scan([Program("a", VULN)])[0],
        analyzer.scan([Program("b", SAFE)])[0],
    ]
    assert server.calls == []
    outputs = analyzer.scan([Program("a", VULN), Program("b", VULN, cwe=78)])
    assert (outputs[0].findings, outputs[0].error) == ((), None)
    assert len(outputs[1].findings) == 1 and len(server.calls) == 1


def test_the_response_cache_makes_an_identical_rescan_call_nothing(
    server: FakeChatServer, tmp_path: Path
) -> None:
    """A second scan with the same programs is answered from the cache, findings and all."""
    programs = [Program("v", VULN, cwe=78), Program("s", SAFE, cwe=78), Program("m", MUDDLE, cwe=78)]
    first = LLMJudgeAnalyzer(settings(server, tmp_path)).scan(programs)
    assert len(server.calls) == 3
    again = LLMJudgeAnalyzer(settings(server, tmp_path)).scan(programs)
    assert len(server.calls) == 3
    assert again == first


def test_concurrency_is_bounded(server: FakeChatServer) -> None:
    """Eight slow answers with concurrency 3: never more than three requests at the server at once."""
    server.default = ok("False", delay_s=0.2)
    outputs = LLMJudgeAnalyzer(settings(server, concurrency=3)).scan(
        [Program(str(i), f"x = {i}\n", cwe=78) for i in range(8)]
    )
    assert all(o.error is None for o in outputs)
    assert len(server.calls) == 8 and 2 <= server.max_in_flight <= 3


async def test_scan_works_from_inside_a_running_event_loop(server: FakeChatServer) -> None:
    """An async caller's loop is left alone: the judge runs its own loop in a helper thread."""
    [out] = LLMJudgeAnalyzer(settings(server)).scan([Program("v", VULN, cwe=78)])
    assert len(out.findings) == 1


def test_availability_is_checked_without_calling_a_model(
    server: FakeChatServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad spec or a missing key makes the judge unavailable; asking for it then says why."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("SECCODE_BASE_URL", raising=False)
    assert LLMJudgeAnalyzer(settings(server)).available()
    with pytest.raises(AnalyzerUnavailable, match="unknown model spec"):
        get_analyzers(["llm-judge"], judge=JudgeSettings(model="nosuch:m"))
    with pytest.raises(AnalyzerUnavailable, match="OPENAI_API_KEY"):
        get_analyzers(["bandit", "llm-judge"], judge=JudgeSettings(model="openai:gpt-4o"))
    assert server.calls == []


def test_judge_settings_without_names_add_the_judge_to_the_defaults(server: FakeChatServer) -> None:
    """Configuring a judge is asking for one."""
    names = [a.name for a in get_analyzers(judge=settings(server))]
    assert names[-1] == "llm-judge" and "bandit" in names


Cli = Callable[..., Any]


def test_cli_scan_jsonl_with_bandit_and_the_judge(server: FakeChatServer, tmp_path: Path, cli: Cli) -> None:
    """``seccode scan --jsonl`` end to end, the hosted ``openai:m`` played by the local server."""
    rows = [
        {"id": "v", "code": VULN, "cwe": "CWE-078"},
        {"id": "s", "code": SAFE, "cwe": "CWE-078"},
        {"id": "m", "code": MUDDLE, "cwe": "CWE-078"},
        {"id": "n", "code": SAFE},
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows))
    args = ["scan", "--jsonl", str(batch), "--analyzers", "bandit,llm-judge", "--judge-model", "openai:m"]
    args += ["--base-url", server.base_url, "--cache", str(tmp_path / "cache.sqlite")]
    result = cli(*args)
    assert result.code == 1, result.err  # bandit's B605 makes "v" vulnerable; the judge agrees
    lines = {line["id"]: line for line in map(json.loads, result.out.splitlines())}
    assert list(lines) == ["v", "s", "m", "n"]
    judged = [f for f in lines["v"]["findings"] if f["scanner"] == "llm-judge"]
    assert [(f["rule_id"], f["cwe"], f["confidence"]) for f in judged] == [("llm-judge:m", 78, "low")]
    assert {f["scanner"] for f in lines["v"]["findings"]} == {"bandit", "llm-judge"}
    assert lines["s"]["findings"] == [] and lines["s"]["vulnerable"] is False
    assert "no True/False answer" in json.dumps(lines["m"])
    assert len(server.calls) == 3  # "n" has no CWE
    assert cli(*args).out == result.out and len(server.calls) == 3  # the re-scan is all cache hits


def test_cli_judge_model_without_the_judge_among_analyzers_is_a_usage_error(tmp_path: Path, cli: Cli) -> None:
    """``--judge-model`` with ``--analyzers bandit`` would be silently ignored; say so instead."""
    (tmp_path / "a.py").write_text(SAFE)
    result = cli("scan", str(tmp_path / "a.py"), "--analyzers", "bandit", "--judge-model", "openai:m")
    assert result.code == 2 and "llm-judge" in result.err
