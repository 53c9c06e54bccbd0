"""The frozen records and their fingerprints."""

from __future__ import annotations

import dataclasses

import pytest

from seccode.scanners import Finding, Level

CODE = "import os\n\nos.system(cmd)\n"


def make(code: str = CODE, line: int = 3, path: str = "a.py") -> Finding:
    return Finding.create(
        scanner="bandit",
        rule_id="B605",
        cwe=78,
        severity=Level.HIGH,
        confidence=Level.HIGH,
        path=path,
        start_line=line,
        message="shell",
        code=code,
    )


def test_findings_are_frozen() -> None:
    finding = make()
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.cwe = 89  # type: ignore[misc]


def test_fingerprint_survives_a_line_shift_but_not_a_code_change() -> None:
    shifted = "# a new comment line\n" + CODE
    assert make().fingerprint == make(shifted, line=4).fingerprint
    assert make().fingerprint != make(CODE.replace("cmd", "other")).fingerprint
    assert make().fingerprint != make(path="b.py").fingerprint


def test_level_parses_each_scanner_vocabulary() -> None:
    assert Level.parse("ERROR") is Level.HIGH
    assert Level.parse("WARNING") is Level.MEDIUM
    assert Level.parse("INFO") is Level.LOW
    assert Level.parse("Medium") is Level.MEDIUM
    with pytest.raises(ValueError):
        Level.parse("catastrophic")


def test_to_json_has_the_stable_keys() -> None:
    assert set(make().to_json()) >= {"scanner", "rule_id", "cwe", "line", "message", "severity", "confidence"}
