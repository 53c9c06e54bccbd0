"""The ``seccode-ast`` analyzer: seccode's Python AST checks, run in process over a batch."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Sequence

from seccode.scanners._ast_checks._check import Check, nodes
from seccode.scanners._base import Analyzer
from seccode.scanners._finding import AnalyzerOutput, Finding, Program


class AstChecksAnalyzer(Analyzer):
    """Runs every :class:`Check` of the pack on each program's syntax tree.

    A program that does not parse gets no findings here (the ``syntax`` analyzer reports it); a
    check that crashes on one program becomes that program's error and the batch goes on.
    """

    name = "seccode-ast"

    def __init__(self, checks: Sequence[Check] | None = None) -> None:
        from seccode.scanners._ast_checks import CHECKS

        self.checks: tuple[Check, ...] = tuple(checks if checks is not None else CHECKS)

    def available(self) -> bool:
        """Always: the checks need only the standard library."""
        return True

    def version(self) -> str:
        """The package version (the checks ship with seccode)."""
        from seccode import __version__

        return str(__version__)

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """One output per program, in order."""
        return [self._scan_one(program) for program in programs]

    def _scan_one(self, program: Program) -> AnalyzerOutput:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # SyntaxWarning on odd escapes in generated code
                tree = ast.parse(program.code)
        except (SyntaxError, ValueError):
            return AnalyzerOutput(program.id)
        nodes(tree)  # index the module first, so that every check's subtree walks are cached
        found: list[Finding] = []
        errors: list[str] = []
        for check in self.checks:
            try:
                spans = sorted(set(check.body(tree)))
            except Exception as exc:  # one broken check must not lose the others
                errors.append(f"{check.id}: {type(exc).__name__}: {exc}")
                continue
            for start, end in spans:
                found.append(
                    Finding.create(
                        scanner=self.name,
                        rule_id=check.id,
                        cwe=check.cwe,
                        severity=check.severity,
                        confidence=check.confidence,
                        path=program.path or program.id,
                        start_line=start,
                        end_line=end,
                        message=check.message,
                        code=program.code,
                    )
                )
        found.sort(key=lambda f: (f.start_line, f.rule_id))
        return AnalyzerOutput(program.id, tuple(found), "; ".join(errors) or None)


__all__ = ["AstChecksAnalyzer"]
