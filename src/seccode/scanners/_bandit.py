"""Bandit, run in process through its Python API (about 2 ms a program against 0.3 s a CLI call)."""

from __future__ import annotations

import io
import logging
import tokenize
import warnings
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from seccode.scanners._base import Analyzer
from seccode.scanners._finding import AnalyzerOutput, Finding, Level, Program
from seccode.scanners._timeout import CallTimedOut, time_limit


class BanditAnalyzer(Analyzer):
    """Bandit's full default test set, applied to each program's AST in this process.

    Programs that do not parse are left to the ``syntax`` analyzer (Bandit needs an AST); a crash or
    a time-out on one program becomes that program's error.
    """

    name = "bandit"

    def __init__(self, timeout: float = 20.0) -> None:
        self.timeout = timeout

    def available(self) -> bool:
        """Bandit is a dependency of seccode, but check it is installed (without importing it)."""
        from importlib.util import find_spec

        return find_spec("bandit") is not None

    def version(self) -> str:
        """Bandit's package version."""
        from importlib.metadata import version

        return version("bandit")

    def unavailable_reason(self) -> str:
        """How to install Bandit."""
        return "analyzer 'bandit' is not installed (pip install bandit)"

    @cached_property
    def _machinery(self) -> tuple[Any, Any, Any]:
        # Built once per analyzer: loading Bandit's plugins costs ~0.2 s.
        from bandit.core import config as b_config
        from bandit.core import meta_ast, metrics, test_set

        logging.getLogger("bandit").setLevel(logging.CRITICAL)
        conf = b_config.BanditConfig()
        return meta_ast.BanditMetaAst(), test_set.BanditTestSet(conf, {}), metrics.Metrics()

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """Scan each program in turn with a per-program time limit."""
        # Bandit's plugin loading and the programs' own source (invalid escapes...) raise warnings
        # that say nothing about the program's security; keep them out of the caller's output.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [self._scan_one(program) for program in programs]

    def _scan_one(self, program: Program) -> AnalyzerOutput:
        deadline = None
        try:
            with time_limit(self.timeout) as deadline:
                try:
                    compile(program.code, "<program>", "exec", flags=0x400, dont_inherit=True)  # AST only
                except (SyntaxError, ValueError):
                    return AnalyzerOutput(program.id)  # reported by the syntax analyzer
                issues = self._run_bandit(program)
        except CallTimedOut as exc:
            return AnalyzerOutput(program.id, error=f"bandit {exc}")
        except RecursionError:
            return AnalyzerOutput(program.id, error="bandit: program too deeply nested to analyse")
        except Exception as exc:  # a Bandit plugin bug must not end the batch
            if deadline is not None and deadline.expired:
                # the alarm landed inside the C parser, which reports it as its own SystemError
                return AnalyzerOutput(program.id, error=f"bandit timed out after {self.timeout:g} s")
            return AnalyzerOutput(program.id, error=f"bandit crashed: {type(exc).__name__}: {exc}")
        findings = tuple(self._to_finding(issue, program) for issue in issues)
        return AnalyzerOutput(program.id, findings)

    def _run_bandit(self, program: Program) -> list[Any]:
        from bandit.core import manager, node_visitor

        meta, tests, metrics = self._machinery
        data = program.code.encode("utf-8", errors="surrogateescape")
        nosec = _nosec_lines(data)
        visitor = node_visitor.BanditNodeVisitor(
            "program.py", io.BytesIO(data), meta, tests, False, nosec, metrics
        )
        visitor.process(data)
        del manager  # imported for its side effect of registering Bandit's formatters lazily
        return list(visitor.tester.results)

    def _to_finding(self, issue: Any, program: Program) -> Finding:
        cwe = getattr(getattr(issue, "cwe", None), "id", 0) or None
        lines = list(getattr(issue, "linerange", []) or [issue.lineno])
        return Finding.create(
            scanner=self.name,
            rule_id=f"{issue.test_id}:{issue.test}",
            cwe=int(cwe) if cwe else None,
            severity=Level.parse(str(issue.severity)),
            confidence=Level.parse(str(issue.confidence)),
            path=program.path or program.id,
            start_line=int(issue.lineno),
            end_line=int(max(lines)),
            message=str(issue.text),
            code=program.code,
        )


def _nosec_lines(data: bytes) -> dict[int, set[str]]:
    """Lines a ``# nosec`` comment exempts, as Bandit's manager computes them."""
    from bandit.core.manager import _parse_nosec_comment

    lines: dict[int, set[str]] = {}
    try:
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            if tok.type == tokenize.COMMENT:
                found = _parse_nosec_comment(tok.string)
                if found is not None:
                    lines[tok.start[0]] = found
    except (tokenize.TokenError, SyntaxError):
        pass
    return lines


__all__ = ["BanditAnalyzer"]
