"""Re-judging the paper's programs with our analyzers: one batch scan of every RQ1 program and
every RQ3 repair, then our verdict for each program's own CWE."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seccode.scanners import Analyzer, AnalyzerRun, Program, ScanResult, scan_programs
from seccode.study._artifacts import PaperArtifacts
from seccode.verdict import Verdict, judge


@dataclass(frozen=True, slots=True)
class Rejudgement:
    """Our verdicts over the paper's programs.

    ``vulnerable_generations`` holds ``(model, task_id)`` of RQ1 programs vulnerable to their CWE
    by our verdict; ``cleared_repairs`` holds ``(repairer, generator, task_id)`` of RQ3 repairs that
    exist, parse, and are not vulnerable to their CWE by our verdict.
    """

    analyzers: tuple[AnalyzerRun, ...]
    results: tuple[ScanResult, ...]
    verdicts: tuple[Verdict, ...]
    vulnerable_generations: frozenset[tuple[str, str]]
    cleared_repairs: frozenset[tuple[str, str, str]]


def generation_id(model: str, task_id: str) -> str:
    """The program id of an RQ1 generation (``rq1/gpt-4/CWE-089/author_1.py``)."""
    return f"rq1/{model}/{task_id}"


def repair_id(repairer: str, generator: str, task_id: str) -> str:
    """The program id of an RQ3 repair (``rq3/gpt-4<-gpt-3.5/CWE-089/author_1.py``)."""
    return f"rq3/{repairer}<-{generator}/{task_id}"


def _parses(result: ScanResult) -> bool:
    # the syntax analyzer reports exactly the programs that are empty or do not parse
    return not any(f.scanner == "syntax" for f in result.findings)


def rejudge(artifacts: PaperArtifacts, analyzers: Sequence[Analyzer]) -> Rejudgement:
    """Scan every RQ1 program and every RQ3 repair in one batch and judge each for its own CWE."""
    programs = [Program(generation_id(g.model, g.task_id), g.code, g.cwe) for g in artifacts.generations]
    programs += [
        Program(repair_id(r.repairer, r.generator, r.task_id), r.code, r.cwe)
        for r in artifacts.repairs
        if r.code is not None
    ]
    results = scan_programs(programs, analyzers)
    verdicts = [judge(result) for result in results]
    by_id = {r.program.id: (r, v) for r, v in zip(results, verdicts, strict=True)}
    vulnerable = frozenset(
        (g.model, g.task_id)
        for g in artifacts.generations
        if by_id[generation_id(g.model, g.task_id)][1].vulnerable
    )
    cleared = set()
    for r in artifacts.repairs:
        found = by_id.get(repair_id(r.repairer, r.generator, r.task_id))
        if found is not None and _parses(found[0]) and not found[1].vulnerable:
            cleared.add((r.repairer, r.generator, r.task_id))
    runs = results[0].analyzers if results else tuple(AnalyzerRun(a.name, a.version()) for a in analyzers)
    return Rejudgement(runs, tuple(results), tuple(verdicts), vulnerable, frozenset(cleared))


__all__ = ["Rejudgement", "generation_id", "rejudge", "repair_id"]
