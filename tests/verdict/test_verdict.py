"""The verdict policy: which findings count for a target CWE, weak evidence, and explanations."""

from __future__ import annotations

from seccode.scanners import AnalyzerRun, Finding, Level, Program, ScanResult
from seccode.verdict import explain, is_weak, judge, relation_to_target


def _finding(
    cwe: int | None, *, scanner: str = "semgrep", rule: str = "r", confidence: Level = Level.HIGH
) -> Finding:
    return Finding.create(
        scanner=scanner,
        rule_id=rule,
        cwe=cwe,
        severity=Level.HIGH,
        confidence=confidence,
        path="p.py",
        start_line=3,
        message=f"finding for {cwe}",
    )


def _result(*findings: Finding, cwe: int | None = 89, ran: tuple[str, ...] = ("semgrep",)) -> ScanResult:
    runs = tuple(AnalyzerRun(name, "1") for name in ran)
    return ScanResult(Program("p", "x = 1\n", cwe), tuple(findings), runs)


def test_same_cwe_counts() -> None:
    verdict = judge(_result(_finding(89)))
    assert verdict.vulnerable is True
    assert [r.relation for r in verdict.reasons] == ["same"]


def test_unrelated_cwe_does_not_count_but_is_any_finding() -> None:
    verdict = judge(_result(_finding(798)))
    assert verdict.vulnerable is False
    assert verdict.any_finding is True
    assert verdict.reasons == ()


def test_child_and_parent_in_the_catalogue_count_with_their_relation() -> None:
    as_child = judge(_result(_finding(80), cwe=79))  # basic XSS is a child of XSS
    as_parent = judge(_result(_finding(79), cwe=80))
    assert as_child.vulnerable and as_child.reasons[0].relation == "child"
    assert as_parent.vulnerable and as_parent.reasons[0].relation == "parent"


def test_siblings_do_not_count() -> None:
    assert relation_to_target(760, 759) is None  # predictable salt vs no salt: siblings
    assert judge(_result(_finding(760), cwe=759)).vulnerable is False


def test_curated_precedes_relation_counts_for_input_validation() -> None:
    verdict = judge(_result(_finding(502), cwe=20))
    assert verdict.vulnerable is True
    assert verdict.reasons[0].relation == "precedes"


def test_missing_authentication_counts_for_forced_browsing() -> None:
    verdict = judge(_result(_finding(306), cwe=425))
    assert verdict.vulnerable is True
    assert verdict.reasons[0].relation == "precedes"


def test_target_defaults_to_program_cwe_and_can_be_overridden() -> None:
    result = _result(_finding(78), cwe=89)
    assert judge(result).vulnerable is False
    assert judge(result, target_cwe=78).vulnerable is True
    assert judge(result, target_cwe=78).target_cwe == 78


def test_no_target_gives_no_verdict() -> None:
    verdict = judge(_result(_finding(78), cwe=None))
    assert verdict.vulnerable is None
    assert verdict.any_finding is True


def test_syntax_findings_are_not_security_findings() -> None:
    verdict = judge(_result(_finding(89, scanner="syntax")))
    assert verdict.vulnerable is False
    assert verdict.any_finding is False


def test_weak_findings_alone_do_not_make_a_verdict() -> None:
    import_only = _finding(502, scanner="bandit", rule="B403:blacklist")
    low = _finding(502, confidence=Level.LOW)
    assert is_weak(import_only) and is_weak(low)
    verdict = judge(_result(import_only, low, cwe=502))
    assert verdict.vulnerable is False
    assert {r.weak for r in verdict.reasons} == {True}


def test_weak_findings_support_a_strong_one() -> None:
    strong = _finding(502, rule="pickle-load")
    weak = _finding(502, scanner="bandit", rule="B403:blacklist")
    verdict = judge(_result(strong, weak, cwe=502))
    assert verdict.vulnerable is True
    assert sorted(r.weak for r in verdict.reasons) == [False, True]


def test_bandit_call_checks_are_not_weak_when_bandit_ran_alone() -> None:
    finding = _finding(502, scanner="bandit", rule="B301:blacklist")
    assert not is_weak(finding)
    assert judge(_result(finding, cwe=502, ran=("bandit",))).vulnerable is True


def test_bandit_alone_does_not_overturn_the_pack() -> None:
    finding = _finding(502, scanner="bandit", rule="B301:blacklist")
    assert is_weak(finding, pack_ran=True)
    verdict = judge(_result(finding, cwe=502, ran=("bandit", "semgrep")))
    assert verdict.vulnerable is False
    assert [r.weak for r in verdict.reasons] == [True]
    supported = judge(_result(finding, _finding(502, rule="pickle-load"), cwe=502, ran=("bandit", "semgrep")))
    assert supported.vulnerable is True


def test_explain_names_rule_relation_and_weight() -> None:
    lines = explain(judge(_result(_finding(80, rule="html-markup"), cwe=79)))
    assert lines[0] == "p: VULNERABLE to CWE-79"
    assert "semgrep:html-markup line 3" in lines[1]
    assert "child of CWE-79" in lines[1] and "counts" in lines[1]


def test_explain_says_when_nothing_related_was_found() -> None:
    lines = explain(judge(_result(cwe=89)))
    assert lines == ["p: not shown vulnerable to CWE-89", "  no finding of CWE-89 or a related CWE"]


def test_a_rule_that_declares_several_cwes_counts_for_each() -> None:
    finding = _finding(22, rule="path-traversal-from-request")
    verdict = judge(_result(finding, cwe=641))
    assert verdict.vulnerable is True
    assert verdict.reasons[0].relation == "declared"
    assert "the rule also targets CWE-641" in explain(verdict)[1]


def test_declared_cwes_are_only_read_for_the_pack_analyzers() -> None:
    finding = _finding(22, scanner="bandit", rule="path-traversal-from-request")
    assert judge(_result(finding, cwe=641)).vulnerable is False
