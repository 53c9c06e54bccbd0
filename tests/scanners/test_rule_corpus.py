"""The rule pack against its labelled corpus, its metadata contract and its CWE coverage.

``tests/scanners/corpus/<rule-id>/positive_*.py`` must be flagged by that rule with the rule's CWE;
``negative_*.py`` must not be flagged by that rule. The whole corpus is scanned in ONE batch per
analyzer, as the study scans its programs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from seccode.cwe import parse_cwe
from seccode.scanners import Program, ScanResult, get_analyzers, scan_programs
from seccode.scanners.rules import RuleInfo, rule_inventory, semgrep_rules

CORPUS = Path(__file__).parent / "corpus"
SHARED_CWES = Path(__file__).resolve().parents[3] / "shared" / "data" / "paper" / "cwe_counts.csv"

#: SecurityEval's 69 CWEs (a copy, so the coverage test runs without ../shared)
SECURITYEVAL_CWES = (
    20, 22, 78, 79, 80, 89, 90, 94, 95, 99, 113, 116, 117, 1204, 193, 200, 209, 215, 250, 252, 259,
    269, 283, 285, 295, 306, 319, 321, 326, 327, 329, 330, 331, 339, 347, 367, 377, 379, 385, 400,
    406, 414, 425, 434, 454, 462, 477, 502, 521, 522, 595, 601, 605, 611, 641, 643, 703, 730, 732,
    759, 760, 776, 798, 827, 835, 841, 918, 941, 943,
)  # fmt: skip

#: the CWE Top 25 (2023) entries that apply to Python code
TOP25_PYTHON = (79, 89, 20, 78, 22, 352, 434, 862, 287, 94, 269, 502, 863, 918, 306, 798, 276, 77)


def _corpus_files(kind: str) -> list[tuple[str, Path]]:
    return sorted((p.parent.name, p) for p in CORPUS.glob(f"*/{kind}_*.py"))


def _case_id(value: object) -> str:
    return value.name if isinstance(value, Path) else str(value)


@cache
def _rules() -> dict[str, RuleInfo]:
    return {rule.id: rule for rule in rule_inventory()}


@cache
def _scanned() -> dict[Path, ScanResult]:
    files = [p for _, p in _corpus_files("positive") + _corpus_files("negative")]
    programs = [Program(str(p.relative_to(CORPUS)), p.read_text(encoding="utf-8")) for p in files]
    results = scan_programs(programs, get_analyzers(["semgrep", "seccode-ast"]))
    return dict(zip(files, results, strict=True))


def test_every_rule_has_a_positive_and_a_negative_example() -> None:
    for rule_id in _rules():
        folder = CORPUS / rule_id
        assert list(folder.glob("positive_*.py")), f"{rule_id}: no positive example"
        assert list(folder.glob("negative_*.py")), f"{rule_id}: no negative example"
    unknown = {p.name for p in CORPUS.iterdir() if p.is_dir()} - set(_rules())
    assert not unknown, f"corpus folders without a rule: {sorted(unknown)}"


def test_the_corpus_batch_scans_without_analyzer_errors() -> None:
    errors = [(str(path), e.message) for path, result in _scanned().items() for e in result.errors]
    assert not errors


@pytest.mark.parametrize(("rule_id", "path"), _corpus_files("positive"), ids=_case_id)
def test_positive_example_is_flagged_by_its_rule(rule_id: str, path: Path) -> None:
    rule = _rules()[rule_id]
    hits = [f for f in _scanned()[path].findings if f.rule_id == rule_id]
    assert hits, f"{rule_id} did not flag {path.name}"
    assert {f.cwe for f in hits} == {rule.cwe}
    assert all(f.scanner == rule.analyzer for f in hits)


@pytest.mark.parametrize(("rule_id", "path"), _corpus_files("negative"), ids=_case_id)
def test_negative_example_is_not_flagged_by_its_rule(rule_id: str, path: Path) -> None:
    hits = [f"line {f.start_line}" for f in _scanned()[path].findings if f.rule_id == rule_id]
    assert not hits, f"{rule_id} flagged the negative example {path.name} at {hits}"


@pytest.mark.parametrize("rule", rule_inventory(), ids=lambda r: r.id)
def test_rule_metadata_is_complete(rule: RuleInfo) -> None:
    assert rule.id and rule.id == rule.id.lower() and "." not in rule.id and " " not in rule.id
    assert rule.cwe > 0
    assert rule.severity.upper() in {"ERROR", "WARNING", "INFO", "HIGH", "MEDIUM", "LOW"}
    assert rule.confidence.upper() in {"HIGH", "MEDIUM", "LOW"}
    assert len(rule.description) >= 20, "description must say what the rule detects"
    assert len(rule.message) >= 60, "message must say what is wrong and how to fix it"


def test_semgrep_rule_files_declare_cwe_in_metadata() -> None:
    import yaml  # type: ignore[import-untyped,unused-ignore]

    from seccode.scanners.rules import semgrep_rule_files

    for path in semgrep_rule_files():
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            metadata = rule.get("metadata") or {}
            cwes = metadata.get("cwe")
            for cwe in cwes if isinstance(cwes, list) else [cwes]:
                assert str(cwe).startswith("CWE-"), f"{path.name}:{rule['id']}"
            for key in ("confidence", "description"):
                assert metadata.get(key), f"{path.name}:{rule['id']} lacks metadata.{key}"
            assert rule.get("severity") and rule.get("message"), f"{path.name}:{rule['id']}"


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in rule_inventory()]
    assert len(ids) == len(set(ids))
    assert len(semgrep_rules()) > 40


def test_every_securityeval_cwe_has_a_rule() -> None:
    covered = {cwe for rule in rule_inventory() for cwe in rule.cwes}
    missing = [cwe for cwe in SECURITYEVAL_CWES if cwe not in covered]
    assert len(SECURITYEVAL_CWES) == 69
    assert not missing, f"CWEs without a rule: {missing}"


def test_the_hard_coded_cwe_list_matches_the_shared_one() -> None:
    if not SHARED_CWES.exists():
        pytest.skip(f"{SHARED_CWES} is absent")
    lines = SHARED_CWES.read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(parse_cwe(line.split(",", 1)[0]) for line in lines if line) == sorted(SECURITYEVAL_CWES)


def test_top25_cwes_that_apply_to_python_have_a_rule() -> None:
    covered = {cwe for rule in rule_inventory() for cwe in rule.cwes}
    missing = [cwe for cwe in TOP25_PYTHON if cwe not in covered]
    assert not missing, f"Top 25 CWEs without a rule: {missing}"
