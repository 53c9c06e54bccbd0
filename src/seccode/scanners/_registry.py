"""The literal registry of analyzers, and the choice of which ones run."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from seccode.errors import AnalyzerUnavailable, InputError
from seccode.scanners._ast_checks import AstChecksAnalyzer
from seccode.scanners._bandit import BanditAnalyzer
from seccode.scanners._base import Analyzer
from seccode.scanners._codeql import CodeQLAnalyzer
from seccode.scanners._semgrep import SemgrepAnalyzer
from seccode.scanners._syntax import SyntaxAnalyzer

#: every analyzer seccode knows, by the name used on the command line
ANALYZERS: dict[str, Callable[[], Analyzer]] = {
    "syntax": SyntaxAnalyzer,
    "bandit": BanditAnalyzer,
    "semgrep": SemgrepAnalyzer,
    "seccode-ast": AstChecksAnalyzer,
    "codeql": CodeQLAnalyzer,
}

#: analyzers that run when none are named; CodeQL joins them when its binary is installed
DEFAULT_ANALYZERS: tuple[str, ...] = ("bandit", "semgrep", "seccode-ast", "codeql")


def get_analyzers(names: Sequence[str] | None = None) -> list[Analyzer]:
    """Instantiate the named analyzers (the defaults when ``names`` is None).

    Named analyzers that are not installed raise :class:`AnalyzerUnavailable`; among the defaults,
    an absent CodeQL is skipped silently. The ``syntax`` analyzer always runs first.
    """
    explicit = names is not None
    wanted = list(dict.fromkeys(names if names is not None else DEFAULT_ANALYZERS))
    unknown = [n for n in wanted if n not in ANALYZERS]
    if unknown:
        raise InputError(f"unknown analyzer {unknown[0]!r}; choose from {', '.join(sorted(ANALYZERS))}")
    chosen: list[Analyzer] = [SyntaxAnalyzer()]
    for name in wanted:
        if name == "syntax":
            continue
        analyzer = ANALYZERS[name]()
        if not analyzer.available():
            if explicit:
                raise AnalyzerUnavailable(analyzer.unavailable_reason())
            continue
        chosen.append(analyzer)
    return chosen


__all__ = ["ANALYZERS", "DEFAULT_ANALYZERS", "get_analyzers"]
