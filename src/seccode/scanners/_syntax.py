"""The ``syntax`` analyzer: a program that does not parse is a finding of its own kind, not a crash."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Sequence

from seccode.scanners._base import Analyzer
from seccode.scanners._finding import AnalyzerOutput, Finding, Level, Program

SYNTAX_RULE = "syntax-error"
EMPTY_RULE = "empty-program"


class SyntaxAnalyzer(Analyzer):
    """Parses each program with Python's own parser; reports syntax errors and empty programs.

    An empty program is reported because the loop must never take "no code" for "secure code".
    Findings here carry no CWE: they say the program could not be judged, not that it is weak.
    """

    name = "syntax"

    def available(self) -> bool:
        """Always available: it is Python's own parser."""
        return True

    def version(self) -> str:
        """The Python version whose grammar is used."""
        import platform

        return platform.python_version()

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """One output per program: a finding when it does not parse or holds no code."""
        return [self._scan_one(p) for p in programs]

    def _scan_one(self, program: Program) -> AnalyzerOutput:
        path = program.path or program.id
        if not program.code.strip():
            finding = Finding.create(
                scanner=self.name,
                rule_id=EMPTY_RULE,
                cwe=None,
                severity=Level.HIGH,
                confidence=Level.HIGH,
                path=path,
                start_line=1,
                message="the program is empty: there is no code to judge",
                code=program.code,
            )
            return AnalyzerOutput(program.id, (finding,))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escape sequences etc. are not our concern
                ast.parse(program.code)
        except SyntaxError as exc:
            line = max(exc.lineno or 1, 1)
            finding = Finding.create(
                scanner=self.name,
                rule_id=SYNTAX_RULE,
                cwe=None,
                severity=Level.HIGH,
                confidence=Level.HIGH,
                path=path,
                start_line=line,
                message=f"the program does not parse: {exc.msg} (line {line})",
                code=program.code,
            )
            return AnalyzerOutput(program.id, (finding,))
        except (ValueError, RecursionError, MemoryError) as exc:
            return AnalyzerOutput(program.id, error=f"syntax: cannot parse: {type(exc).__name__}")
        return AnalyzerOutput(program.id)


__all__ = ["EMPTY_RULE", "SYNTAX_RULE", "SyntaxAnalyzer"]
