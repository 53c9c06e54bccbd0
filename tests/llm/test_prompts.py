"""Prompt presets as versioned package data, and rendering that never re-reads substituted code."""

from __future__ import annotations

import pytest

from seccode.errors import InputError
from seccode.llm import PRESETS, load_prompts, render_followup, render_generate, render_reask, render_repair
from seccode.scanners import Finding, Level


def _finding() -> Finding:
    return Finding.create(
        scanner="bandit",
        rule_id="B608:hardcoded_sql_expressions",
        cwe=89,
        severity=Level.MEDIUM,
        confidence=Level.LOW,
        path="p",
        start_line=7,
        message="Possible SQL injection.\n",
    )


def test_presets_are_versioned() -> None:
    assert PRESETS == ("default", "paper")
    assert load_prompts("default").label == "default@v2" and load_prompts("paper").label == "paper@v1"
    with pytest.raises(InputError, match="unknown prompt preset 'gpt'"):
        load_prompts("gpt")


def test_substituted_code_is_never_re_read() -> None:
    hostile = "x = '$code $findings ${task}'\n"
    [message] = render_generate(load_prompts("paper"), hostile)
    assert message.content.endswith(hostile.rstrip()) and message.content.count("$code") == 1
    repair = render_repair(
        load_prompts("default"),
        task_prompt=hostile,
        code=hostile,
        cwe=89,
        findings=[_finding()],
        functions=["f"],
    )
    assert repair[-1].content.count("${task}") == 2


def test_default_repair_lists_findings_and_functions() -> None:
    [system, user] = render_repair(
        load_prompts("default"),
        task_prompt="def f(): ...",
        code="x = 1",
        cwe=89,
        findings=[_finding()],
        functions=["f", "g"],
    )
    assert system.role == "system" and "```python" in system.content
    assert "- line 7: [bandit B608:hardcoded_sql_expressions] Possible SQL injection." in user.content
    assert "Keep these functions, with the same names and parameters: f, g." in user.content
    assert "CWE-89 (Improper Neutralization of Special Elements used in an SQL Command" in user.content


def test_followup_and_reasks() -> None:
    followup = render_followup(load_prompts("default"), cwe=22, findings=[], functions=["view"])
    assert followup is not None and "still vulnerable to CWE-22 (Improper Limitation" in followup.content
    assert "no line-level finding" in followup.content
    assert render_followup(load_prompts("paper"), cwe=22, findings=[], functions=[]) is None
    assert "no Python code" in render_reask(load_prompts("default"), reason=None, functions=[]).content
    dropped = render_reask(load_prompts("paper"), reason="it drops f", functions=["f"])
    assert dropped.content.startswith("Your answer was rejected: it drops f.")
