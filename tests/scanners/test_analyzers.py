"""The real analyzers on small programs: Bandit in process, Semgrep in one process, syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from seccode.errors import AnalyzerUnavailable, InputError
from seccode.scanners import Program, get_analyzers, scan_programs
from seccode.scanners._bandit import BanditAnalyzer
from seccode.scanners._semgrep import SemgrepAnalyzer
from seccode.scanners._syntax import EMPTY_RULE, SYNTAX_RULE, SyntaxAnalyzer

SHELL = "import subprocess\n\ndef ping(host):\n    subprocess.call('ping ' + host, shell=True)\n"
EVAL = "def calc(expr):\n    return eval(expr)\n"
CLEAN = "def add(a, b):\n    return a + b\n"


def test_bandit_finds_shell_injection_with_its_cwe() -> None:
    [out] = BanditAnalyzer().scan([Program("p", SHELL)])
    assert out.error is None
    shell = [f for f in out.findings if f.rule_id.startswith("B602")]
    assert shell and shell[0].cwe == 78 and shell[0].start_line == 4


def test_bandit_honours_nosec() -> None:
    quiet = SHELL.replace("shell=True)", "shell=True)  # nosec")
    [out] = BanditAnalyzer().scan([Program("p", quiet)])
    assert not [f for f in out.findings if f.rule_id.startswith("B602")]


def test_bandit_time_limit_turns_into_an_error_entry() -> None:
    # ~40 s of Bandit work against a 1 s limit; the small program needs ~5 ms, even on a loaded machine
    big = "".join(f"def f{i}(x):\n    return eval(x)\n" for i in range(20000))
    outs = BanditAnalyzer(timeout=1.0).scan([Program("big", big), Program("small", SHELL)])
    assert outs[0].error is not None and "timed out" in outs[0].error
    assert outs[1].error is None and outs[1].findings  # the batch went on


def test_bandit_survives_a_program_too_deep_to_analyse() -> None:
    deep = "x = a" + " + a" * 3000 + "\n"
    outs = BanditAnalyzer().scan([Program("deep", deep), Program("ok", SHELL)])
    assert outs[0].error is not None
    assert outs[1].findings


def test_semgrep_runs_the_rule_pack_once_for_the_batch() -> None:
    outs = SemgrepAnalyzer().scan([Program("a", EVAL), Program("../../etc/x", CLEAN), Program("c", EVAL)])
    assert [o.program_id for o in outs] == ["a", "../../etc/x", "c"]
    assert any(f.cwe in (94, 95) for f in outs[0].findings)
    assert not outs[1].findings
    assert outs[2].findings and outs[2].findings[0].path == "c"


def test_semgrep_with_broken_rules_reports_errors_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("rules:\n  - id: x\n    pattern: [unclosed\n")
    outs = SemgrepAnalyzer(rules=tmp_path).scan([Program("a", EVAL), Program("b", CLEAN)])
    assert all(o.error and o.error.startswith("semgrep") for o in outs)


def test_semgrep_with_a_missing_rules_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="rules not found"):
        SemgrepAnalyzer(rules=tmp_path / "nope").scan([Program("a", EVAL)])


def test_syntax_analyzer_reports_syntax_errors_and_empty_programs() -> None:
    outs = SyntaxAnalyzer().scan(
        [Program("bad", "def f(:\n"), Program("empty", "  \n"), Program("ok", CLEAN)]
    )
    assert outs[0].findings[0].rule_id == SYNTAX_RULE and outs[0].findings[0].cwe is None
    assert outs[1].findings[0].rule_id == EMPTY_RULE
    assert not outs[2].findings


def test_a_program_with_a_syntax_error_is_still_scanned_by_what_can() -> None:
    broken = EVAL + "\ndef g(:\n"
    [result] = scan_programs([Program("p", broken)], get_analyzers(["bandit", "semgrep"]))
    scanners = {f.scanner for f in result.findings}
    assert "syntax" in scanners and "semgrep" in scanners  # Semgrep's parser recovers; Bandit cannot
    assert not result.errors


def test_runner_keeps_input_order_and_records_versions() -> None:
    programs = [Program(str(i), SHELL if i % 2 else CLEAN) for i in range(6)]
    results = scan_programs(programs, get_analyzers(["bandit"]))
    assert [r.program.id for r in results] == [str(i) for i in range(6)]
    assert [bool(r.findings) for r in results] == [False, True] * 3
    assert {a.name for a in results[0].analyzers} == {"syntax", "bandit"}
    assert all(a.version for a in results[0].analyzers)


def test_naming_an_absent_analyzer_is_an_error_that_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("SECCODE_CODEQL", raising=False)
    with pytest.raises(AnalyzerUnavailable, match="codeql"):
        get_analyzers(["codeql"])
    with pytest.raises(InputError, match="unknown analyzer 'flake'"):
        get_analyzers(["flake"])
    assert "codeql" not in [a.name for a in get_analyzers()]  # absent from the defaults, silently


def test_both_semgrep_front_ends_agree_on_the_rule_pack(shared_data: Path) -> None:
    """The fast OCaml front end must report exactly what the classic Python one does."""
    import json

    text = (shared_data / "paper" / "rq1_generations.jsonl").read_text()
    rows = [json.loads(line) for line in text.splitlines()]
    programs = [Program(str(i), r["generated_code"]) for i, r in enumerate(rows[::4])]

    def keyed(engine: str) -> list[tuple[str, str, int, int, str]]:
        outs = SemgrepAnalyzer(engine=engine).scan(programs)
        assert not [o.error for o in outs if o.error]
        return sorted(
            (o.program_id, f.rule_id, f.start_line, f.end_line, f.message) for o in outs for f in o.findings
        )

    fast, classic = keyed("osemgrep"), keyed("pysemgrep")
    assert fast == classic and fast


def test_rule_files_with_anchors_are_flattened(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "x-sinks: &sinks\n  - pattern: eval(...)\n"
        "rules:\n  - id: r1\n    languages: [python]\n    severity: ERROR\n    message: m\n"
        "    metadata: {cwe: 'CWE-95'}\n    pattern-either: *sinks\n"
    )
    [out] = SemgrepAnalyzer(rules=tmp_path).scan([Program("a", EVAL)])
    assert [(f.rule_id, f.cwe) for f in out.findings] == [("r1", 95)]
