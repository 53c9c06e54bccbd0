"""The seccode-ast analyzer: batch contract, parse failures, check isolation, constant folding."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from seccode.scanners import ANALYZERS, DEFAULT_ANALYZERS, Level, Program, get_analyzers
from seccode.scanners._ast_checks import CHECKS, AstChecksAnalyzer, Check, ast_rules
from seccode.scanners._ast_checks._check import constant_int, int_assignments


def test_registered_and_on_by_default() -> None:
    assert ANALYZERS["seccode-ast"] is AstChecksAnalyzer
    assert "seccode-ast" in DEFAULT_ANALYZERS
    assert "seccode-ast" in [a.name for a in get_analyzers(["seccode-ast"])]


def test_one_output_per_program_in_order_with_cwe_and_lines() -> None:
    programs = [
        Program("clean", "x = 1\n"),
        Program("weak", "from Crypto.PublicKey import RSA\nkey = RSA.generate(1024)\n"),
    ]
    outputs = AstChecksAnalyzer().scan(programs)
    assert [o.program_id for o in outputs] == ["clean", "weak"]
    assert outputs[0].findings == ()
    [finding] = outputs[1].findings
    assert (finding.rule_id, finding.cwe, finding.start_line) == ("weak-asymmetric-key-size", 326, 2)
    assert finding.scanner == "seccode-ast"


def test_unparsable_program_gets_no_findings_and_no_error() -> None:
    [output] = AstChecksAnalyzer().scan([Program("bad", "def (:\n")])
    assert output.findings == () and output.error is None


def _boom(tree: ast.Module) -> Iterator[tuple[int, int]]:
    raise RuntimeError("broken check")
    yield (1, 1)


def _always(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield (1, 1)


def test_a_crashing_check_becomes_an_error_and_others_still_run() -> None:
    checks = [
        Check("boom", 1, Level.LOW, Level.LOW, "d" * 20, "m" * 60, _boom),
        Check("always", 2, Level.LOW, Level.LOW, "d" * 20, "m" * 60, _always),
    ]
    [output] = AstChecksAnalyzer(checks).scan([Program("p", "x = 1\n")])
    assert [f.rule_id for f in output.findings] == ["always"]
    assert output.error is not None and "boom" in output.error


def test_key_size_is_folded_from_constants() -> None:
    tree = ast.parse("A = 512\nB = A * 2\nC = 2 ** 11\n")
    assert int_assignments(tree) == {"A": 512, "B": 1024, "C": 2048}
    assert constant_int(ast.parse("1 << 3", mode="eval").body) is None  # unsupported operator: unknown


def test_strong_key_from_constant_is_not_flagged() -> None:
    code = "from Crypto.PublicKey import RSA\nBITS = 1024 * 3\nkey = RSA.generate(BITS)\n"
    [output] = AstChecksAnalyzer().scan([Program("p", code)])
    assert output.findings == ()


def test_inventory_lists_every_check_once() -> None:
    rules = ast_rules()
    assert [r.id for r in rules] == [c.id for c in CHECKS]
    assert all(r.analyzer == "seccode-ast" for r in rules)



def test_a_check_filed_under_several_cwes_declares_each_in_the_inventory() -> None:
    gate = Check("gate", 425, Level.HIGH, Level.HIGH, "d" * 20, "m" * 60, _always, also=(841,))
    [output] = AstChecksAnalyzer([gate]).scan([Program("p", "x = 1\n")])
    assert [f.cwe for f in output.findings] == [425]  # findings carry the primary CWE
    [rule] = ast_rules([gate])
    assert rule.cwes == (425, 841)  # the verdict reads these through rule_cwes(), as for Semgrep lists
    assert all(r.cwes == (c.cwe, *c.also) for r, c in zip(ast_rules(), CHECKS, strict=True))
