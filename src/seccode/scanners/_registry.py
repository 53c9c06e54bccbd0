"""The literal registry of analyzers, and the choice of which ones run."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from seccode.errors import AnalyzerUnavailable, InputError
from seccode.scanners._ast_checks import AstChecksAnalyzer
from seccode.scanners._bandit import BanditAnalyzer
from seccode.scanners._base import Analyzer
from seccode.scanners._codeql import CodeQLAnalyzer
from seccode.scanners._llm_judge import JudgeSettings, LLMJudgeAnalyzer
from seccode.scanners._semgrep import SemgrepAnalyzer
from seccode.scanners._syntax import SyntaxAnalyzer

#: every analyzer seccode knows, by the name used on the command line
ANALYZERS: dict[str, Callable[[], Analyzer]] = {
    "syntax": SyntaxAnalyzer,
    "bandit": BanditAnalyzer,
    "semgrep": SemgrepAnalyzer,
    "seccode-ast": AstChecksAnalyzer,
    "codeql": CodeQLAnalyzer,
    "llm-judge": LLMJudgeAnalyzer,  # the embedded model unless get_analyzers is given JudgeSettings
}

#: analyzers that run when none are named; CodeQL joins them when its binary is installed. The
#: LLM judge is not among them: a model call per program is slow on a CPU
DEFAULT_ANALYZERS: tuple[str, ...] = ("bandit", "semgrep", "seccode-ast", "codeql")


def parse_analyzer_names(value: str | None) -> list[str] | None:
    """``"bandit, semgrep"`` -> ``["bandit", "semgrep"]``; None (use the defaults) stays None.

    A value that names nothing (``","``) is an :class:`InputError`, not a silent "use the defaults".
    """
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise InputError("--analyzers needs at least one name, e.g. bandit,semgrep")
    return names


def get_analyzers(
    names: Sequence[str] | None = None, *, judge: JudgeSettings | None = None
) -> list[Analyzer]:
    """Instantiate the named analyzers (the defaults when ``names`` is None).

    Named analyzers that are not installed raise :class:`AnalyzerUnavailable`; among the defaults,
    an absent CodeQL is skipped silently. The ``syntax`` analyzer always runs first. ``judge``
    configures ``llm-judge`` (its model, endpoint, cache); given without ``names``, it adds the
    judge to the defaults, since configuring a judge is asking for one.
    """
    explicit = names is not None
    defaults = (*DEFAULT_ANALYZERS, LLMJudgeAnalyzer.name) if judge is not None else DEFAULT_ANALYZERS
    wanted = list(dict.fromkeys(names if names is not None else defaults))
    unknown = [n for n in wanted if n not in ANALYZERS]
    if unknown:
        raise InputError(f"unknown analyzer {unknown[0]!r}; choose from {', '.join(sorted(ANALYZERS))}")
    chosen: list[Analyzer] = [SyntaxAnalyzer()]
    for name in wanted:
        if name == "syntax":
            continue
        analyzer = LLMJudgeAnalyzer(judge) if judge is not None and name == "llm-judge" else ANALYZERS[name]()
        if not analyzer.available():
            if explicit or name == "llm-judge":
                raise AnalyzerUnavailable(analyzer.unavailable_reason())
            continue
        chosen.append(analyzer)
    return chosen


__all__ = [
    "ANALYZERS",
    "DEFAULT_ANALYZERS",
    "get_analyzers",
    "parse_analyzer_names",
]
