"""``seccode scan`` end to end: formats, the JSONL batch contract, exit codes, and every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

SHELL = "import subprocess\n\ndef ping(host):\n    subprocess.call('ping ' + host, shell=True)\n"
CLEAN = "def add(a, b):\n    return a + b\n"
EVAL = "def calc(expr):\n    return eval(expr)\n"

Cli = Callable[..., Any]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_scan_files_and_folders_exit_1_when_flagged(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "ping.py").write_text(SHELL)
    (tmp_path / "pkg" / "add.py").write_text(CLEAN)
    result = cli("scan", str(tmp_path / "pkg"))
    assert result.code == 1
    assert "ping.py:4: [bandit B602" in result.out and "add.py" not in result.out.split("scanned")[0]


def test_scan_clean_file_exits_0(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "add.py").write_text(CLEAN)
    assert cli("scan", str(tmp_path / "add.py")).code == 0


def test_with_a_target_cwe_only_that_cwe_flags(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "ping.py").write_text(SHELL)
    assert cli("scan", str(tmp_path / "ping.py"), "--cwe", "CWE-078").code == 1
    assert cli("scan", str(tmp_path / "ping.py"), "--cwe", "CWE-089").code == 0


def test_jsonl_batch_gives_one_line_per_row_in_order(tmp_path: Path, cli: Cli) -> None:
    rows = [
        {"id": "b", "code": SHELL, "cwe": "CWE-078"},
        {"id": "a", "code": CLEAN, "cwe": "CWE-089"},
        {"id": "c", "code": EVAL},
        {"id": "../../etc/x", "code": SHELL, "cwe": 78},
    ]
    result = cli("scan", "--jsonl", str(write_jsonl(tmp_path / "in.jsonl", rows)))
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["id"] for line in lines] == ["b", "a", "c", "../../etc/x"]
    assert [line["vulnerable"] for line in lines] == [True, False, None, True]
    assert {"scanner", "rule_id", "cwe", "line", "message"} <= set(lines[0]["findings"][0])
    assert lines[2]["findings"] and lines[1]["findings"] == []
    assert result.code == 1
    assert not (tmp_path.parent.parent / "etc" / "x").exists()


def test_sarif_output_is_valid_against_the_schema(tmp_path: Path, cli: Cli, sarif_schema: Path) -> None:
    (tmp_path / "ping.py").write_text(SHELL)
    (tmp_path / "calc.py").write_text(EVAL)
    result = cli("scan", str(tmp_path), "--format", "sarif")
    log = json.loads(result.out)
    jsonschema.validate(log, json.loads(sarif_schema.read_text()))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert any("external/cwe/cwe-78" in r["properties"]["tags"] for r in rules)
    results = log["runs"][0]["results"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def test_json_output_names_the_analyzers_and_versions(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "ping.py").write_text(SHELL)
    doc = json.loads(cli("scan", str(tmp_path / "ping.py"), "--format", "json").out)
    assert {"syntax", "bandit", "semgrep"} <= {a["name"] for a in doc["analyzers"]}


def test_output_file_is_written_whole(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "ping.py").write_text(SHELL)
    out = tmp_path / "out" / "report.sarif"
    assert cli("scan", str(tmp_path / "ping.py"), "--format", "sarif", "-o", str(out)).code == 1
    assert json.loads(out.read_text())["version"] == "2.1.0"
    assert [p.name for p in out.parent.iterdir()] == ["report.sarif"]


def test_syntax_error_is_a_finding_not_a_crash(tmp_path: Path, cli: Cli) -> None:
    rows = [{"id": "broken", "code": "def f(:\n    eval(x)\n"}, {"id": "ok", "code": SHELL}]
    result = cli("scan", "--jsonl", str(write_jsonl(tmp_path / "in.jsonl", rows)))
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert lines[0]["findings"][0]["rule_id"] == "syntax-error"
    assert lines[1]["findings"]


def test_empty_program_is_reported_not_clean(tmp_path: Path, cli: Cli) -> None:
    result = cli(
        "scan", "--jsonl", str(write_jsonl(tmp_path / "in.jsonl", [{"id": "e", "code": "", "cwe": 89}]))
    )
    [line] = [json.loads(x) for x in result.out.splitlines()]
    assert line["findings"][0]["rule_id"] == "empty-program"


def test_a_5mb_program_is_refused_by_a_finding_and_the_batch_goes_on(tmp_path: Path, cli: Cli) -> None:
    big = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(170_000)) + EVAL
    assert len(big) > 5_000_000
    rows = [{"id": "big", "code": big, "cwe": 95}, {"id": "small", "code": SHELL}]
    started = time.monotonic()
    result = cli("scan", "--jsonl", str(write_jsonl(tmp_path / "in.jsonl", rows)))
    assert time.monotonic() - started < 60  # not the minutes a full analysis of 5 MB costs
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["id"] for line in lines] == ["big", "small"]
    assert [f["rule_id"] for f in lines[0]["findings"]] == ["program-too-large"]
    assert "too large" in lines[0]["errors"][0]["message"]
    assert lines[1]["findings"]
    tight = cli("scan", "--jsonl", str(tmp_path / "in.jsonl"), "--max-bytes", "50")
    assert all(json.loads(x)["findings"][0]["rule_id"] == "program-too-large" for x in tight.out.splitlines())


BAD_ROWS = [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"code": "x = 1"}', "missing 'id'"),
    ('{"id": "a"}', "missing 'code'"),
    ('{"id": "a", "code": 42}', "'code' must be a string"),
    ('{"id": 7, "code": "x"}', "'id' must be a non-empty string"),
    ('{"id": "a", "code": "x", "cwe": "CWE-abc"}', "invalid CWE id 'CWE-abc'"),
    ('{"id": "a", "code": "x", "cwe": "89x"}', "invalid CWE id '89x'"),
]


@pytest.mark.parametrize(("row", "message"), BAD_ROWS)
def test_bad_jsonl_rows_are_one_line_errors(tmp_path: Path, cli: Cli, row: str, message: str) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "first", "code": CLEAN}, row])
    out = tmp_path / "out.jsonl"
    result = cli("scan", "--jsonl", str(path), "-o", str(out))
    assert result.code == 2
    assert message in result.err and ":2:" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not out.exists() and result.out == ""


def test_duplicate_ids_are_refused(tmp_path: Path, cli: Cli) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "code": CLEAN}, {"id": "a", "code": SHELL}])
    result = cli("scan", "--jsonl", str(path))
    assert result.code == 2 and "duplicate id 'a'" in result.err


def test_non_utf8_jsonl_and_source_files_are_refused(tmp_path: Path, cli: Cli) -> None:
    bad = tmp_path / "in.jsonl"
    bad.write_bytes(b'{"id": "a", "code": "x = \xff"}\n')
    assert "not valid UTF-8" in cli("scan", "--jsonl", str(bad)).err
    src = tmp_path / "latin.py"
    src.write_bytes(b"name = '\xe9t\xe9'\n")
    result = cli("scan", str(src))
    assert result.code == 2 and "not valid utf-8" in result.err.lower()
    declared = tmp_path / "declared.py"
    declared.write_bytes(b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n")
    assert cli("scan", str(declared)).code == 0  # PEP 263 coding declarations are honoured


def test_missing_empty_and_unreadable_inputs(tmp_path: Path, cli: Cli) -> None:
    assert "no such file or folder" in cli("scan", str(tmp_path / "nope.py")).err
    assert "no such file" in cli("scan", "--jsonl", str(tmp_path / "nope.jsonl")).err
    (tmp_path / "empty.jsonl").write_text("\n")
    assert "empty" in cli("scan", "--jsonl", str(tmp_path / "empty.jsonl")).err
    assert cli("scan").code == 2
    locked = tmp_path / "locked.py"
    locked.write_text(CLEAN)
    locked.chmod(0)
    try:
        readable = bool(locked.open().close() or True)
    except PermissionError:
        readable = False
    if not readable:  # root reads everything; the check is meaningful only for other users
        assert "cannot read" in cli("scan", str(locked)).err


def test_bad_options(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "a.py").write_text(CLEAN)
    assert "invalid CWE id" in cli("scan", str(tmp_path / "a.py"), "--cwe", "CWE-abc").err
    assert "unknown analyzer 'pylint'" in cli("scan", str(tmp_path / "a.py"), "--analyzers", "pylint").err
    assert cli("scan", str(tmp_path / "a.py"), "--format", "xml").code == 2


def test_absent_analyzer_is_named(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECCODE_CODEQL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    (tmp_path / "a.py").write_text(CLEAN)
    result = cli("scan", str(tmp_path / "a.py"), "--analyzers", "bandit,codeql")
    assert result.code == 2 and "'codeql' is not installed" in result.err


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ["{broken"])
    proc = subprocess.run(
        [sys.executable, "-m", "seccode", "scan", "--jsonl", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("seccode: error:") and "Traceback" not in proc.stderr


def test_explain_names_the_findings_and_relations_behind_a_verdict(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "ping.py").write_text(SHELL)
    text = cli("scan", str(tmp_path / "ping.py"), "--cwe", "CWE-77", "--explain").out
    assert "VULNERABLE to CWE-77" in text and "child of CWE-77" in text
    rows = [{"id": "p", "code": SHELL, "cwe": 78}, {"id": "q", "code": CLEAN, "cwe": 78}]
    lines = [
        json.loads(x)
        for x in cli(
            "scan", "--jsonl", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--explain"
        ).out.splitlines()
    ]
    assert lines[0]["explain"][0] == "p: VULNERABLE to CWE-78"
    assert lines[1]["explain"][0] == "q: not shown vulnerable to CWE-78"
    plain = cli("scan", "--jsonl", str(tmp_path / "in.jsonl")).out
    assert "explain" not in json.loads(plain.splitlines()[0])  # the stable shape without --explain
