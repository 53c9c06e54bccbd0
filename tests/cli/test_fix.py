"""``seccode fix`` end to end: real files, real analyzers, a scripted model on a real local server.

No hosted model is reachable here; ``FakeChatServer`` plays one over a real socket.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from seccode.llm.testing import FakeChatServer

SHELL = (
    "import subprocess\n\n\ndef ping(host):\n"
    "    return subprocess.call('ping -c 1 ' + host, shell=True)\n\n\n"
    "def helper():\n    return 1\n"
)
SAFE = (
    "import subprocess\n\n\ndef ping(host):\n"
    "    return subprocess.call(['ping', '-c', '1', host])  # nosec B603 - fixed argv, no shell\n\n\n"
    "def helper():\n    return 1\n"
)
CLEAN = "def add(a, b):\n    return a + b\n"

Cli = Callable[..., Any]


def fixing_model(body: dict[str, Any]) -> str:
    """Repairs the shell call when it is shown one."""
    text = "\n".join(m["content"] for m in body["messages"] if m["role"] == "user")
    return f"```python\n{SAFE}```" if "shell=True" in text else "```python\nprint('?')\n```"


def dropping_model(body: dict[str, Any]) -> str:
    """A 'repair' that deletes a function the file defines: it must be rejected."""
    return (
        "```python\nimport subprocess\n\n\ndef ping(host):\n    return subprocess.call(['ping', host])\n```"
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SECCODE_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "proj"
    src.mkdir()
    (src / "net.py").write_text(SHELL)
    (src / "math_utils.py").write_text(CLEAN)
    return src


@pytest.fixture
def fixer() -> Iterator[FakeChatServer]:
    with FakeChatServer(fixing_model) as server:
        yield server


def _fix(cli: Cli, server: FakeChatServer, *args: str) -> Any:
    return cli(
        "fix", *args, "--repairer", "openai:m", "--base-url", server.base_url, "--no-cache", "--retries", "0"
    )


def test_fix_prints_a_diff_that_applies(cli: Cli, project: Path, fixer: FakeChatServer) -> None:
    result = _fix(cli, fixer, str(project))
    assert result.code == 0, result.err
    assert "-    return subprocess.call('ping -c 1 ' + host, shell=True)" in result.out
    assert "+    return subprocess.call(['ping', '-c', '1', host])" in result.out
    assert "math_utils.py" not in result.out  # a clean file gets no repair and no model call
    assert len(fixer.calls) == 1
    patch = project.parent / "fix.patch"
    patch.write_text(result.out)
    subprocess.run(["patch", "-p0", "-s", "-i", str(patch)], cwd="/", check=True)
    assert (project / "net.py").read_text() == SAFE


def test_fix_sarif_carries_the_repair_as_a_fix(
    cli: Cli, project: Path, fixer: FakeChatServer, sarif_schema: Path
) -> None:
    result = _fix(cli, fixer, str(project / "net.py"), "--format", "sarif")
    log = json.loads(result.out)
    jsonschema.validate(log, json.loads(sarif_schema.read_text()))
    fixed = [r for r in log["runs"][0]["results"] if r.get("fixes")]
    assert fixed
    inserted = fixed[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
    assert inserted == SAFE


def test_fix_write_rewrites_only_repaired_files(cli: Cli, project: Path, fixer: FakeChatServer) -> None:
    assert _fix(cli, fixer, str(project), "--write", "--format", "json").code == 0
    assert (project / "net.py").read_text() == SAFE
    assert (project / "math_utils.py").read_text() == CLEAN


def test_a_repair_that_drops_a_function_is_never_proposed(cli: Cli, project: Path) -> None:
    with FakeChatServer(dropping_model) as server:
        result = _fix(cli, server, str(project / "net.py"), "--format", "json", "--max-rounds", "2")
    [entry] = json.loads(result.out)
    assert result.code == 1
    assert entry["outcome"] == "still-flagged" and entry["changed"] is False and entry["code"] is None
    assert (project / "net.py").read_text() == SHELL


def test_with_a_cwe_only_that_weakness_is_repaired(cli: Cli, project: Path, fixer: FakeChatServer) -> None:
    result = _fix(cli, fixer, str(project / "net.py"), "--cwe", "CWE-089")
    assert result.code == 0 and result.out == "" and not fixer.calls


def test_fix_bad_input(cli: Cli, project: Path, fixer: FakeChatServer) -> None:
    assert "no such file" in _fix(cli, fixer, str(project / "nope.py")).err
    assert "--max-rounds must be at least 1" in _fix(cli, fixer, str(project), "--max-rounds", "0").err
    assert "invalid CWE id" in _fix(cli, fixer, str(project), "--cwe", "CWE-x").err


def test_an_unreachable_model_is_reported_and_nothing_changes(cli: Cli, project: Path) -> None:
    result = cli(
        "fix",
        str(project),
        "--repairer",
        "openai:m",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--no-cache",
        "--retries",
        "0",
        "--timeout",
        "2",
    )
    assert result.code in (1, 2)
    assert "Traceback" not in result.err and result.err.strip()
    assert (project / "net.py").read_text() == SHELL
