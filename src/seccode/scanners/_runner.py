"""Scan a batch of programs with several analyzers and merge what they say per program."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from seccode.scanners._base import Analyzer
from seccode.scanners._finding import (
    AnalyzerError,
    AnalyzerOutput,
    AnalyzerRun,
    Finding,
    Level,
    Program,
    ScanResult,
)

#: programs larger than this are not analysed: the analyzers' cost grows faster than the size (a
#: 5 MB program costs minutes), and generated or hand-written modules are far smaller
DEFAULT_MAX_BYTES = 2_000_000
TOO_LARGE_RULE = "program-too-large"


def scan_programs(
    programs: Sequence[Program], analyzers: Sequence[Analyzer], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[ScanResult]:
    """Run every analyzer over the whole batch; one :class:`ScanResult` per program, in input order.

    Analyzers that work in a child process (Semgrep, CodeQL) run in threads while the in-process
    ones (Bandit, syntax) run on the main thread, so on two cores the batch takes about as long as
    its slowest analyzer. A crash of a whole analyzer turns into an error entry on every program.
    A program over ``max_bytes`` is not analysed: it gets a ``program-too-large`` finding (no CWE,
    so it is never taken for clean code) and an error entry saying why.
    """
    if not programs:
        return []
    runs = tuple(AnalyzerRun(a.name, a.version()) for a in analyzers)
    sizes = [len(p.code.encode("utf-8", errors="replace")) for p in programs]
    fits = [p for p, size in zip(programs, sizes, strict=True) if size <= max_bytes]
    scanned = iter(_scan_batch(fits, analyzers, runs) if fits else [])
    return [
        next(scanned) if size <= max_bytes else _too_large(program, size, max_bytes, runs)
        for program, size in zip(programs, sizes, strict=True)
    ]


def _too_large(program: Program, size: int, limit: int, runs: tuple[AnalyzerRun, ...]) -> ScanResult:
    why = f"program too large to analyse: {size:,} bytes (limit {limit:,}; see --max-bytes)"
    finding = Finding.create(
        scanner="syntax",
        rule_id=TOO_LARGE_RULE,
        cwe=None,
        severity=Level.HIGH,
        confidence=Level.HIGH,
        path=program.path or program.id,
        start_line=1,
        message=why,
    )
    return ScanResult(program, (finding,), runs, (AnalyzerError("seccode", why),))


def _scan_batch(
    programs: Sequence[Program], analyzers: Sequence[Analyzer], runs: tuple[AnalyzerRun, ...]
) -> list[ScanResult]:
    outputs: dict[str, list[AnalyzerOutput]] = {}
    background = [a for a in analyzers if getattr(a, "runs_in_subprocess", False)]
    foreground = [a for a in analyzers if a not in background]
    with ThreadPoolExecutor(max_workers=max(len(background), 1)) as pool:
        futures: dict[str, Future[list[AnalyzerOutput]]] = {
            a.name: pool.submit(a.scan, programs) for a in background
        }
        for analyzer in foreground:
            outputs[analyzer.name] = _guarded(analyzer, programs)
        for name, future in futures.items():
            try:
                outputs[name] = _checked(future.result(), programs, name)
            except Exception as exc:  # an analyzer bug must not lose the other analyzers' work
                outputs[name] = [AnalyzerOutput(p.id, error=f"{name} failed: {exc}") for p in programs]
    return [_merge(index, program, runs, outputs, analyzers) for index, program in enumerate(programs)]


def _guarded(analyzer: Analyzer, programs: Sequence[Program]) -> list[AnalyzerOutput]:
    try:
        return _checked(analyzer.scan(programs), programs, analyzer.name)
    except Exception as exc:
        return [AnalyzerOutput(p.id, error=f"{analyzer.name} failed: {exc}") for p in programs]


def _checked(out: list[AnalyzerOutput], programs: Sequence[Program], name: str) -> list[AnalyzerOutput]:
    if len(out) != len(programs):
        raise RuntimeError(f"{name} returned {len(out)} results for {len(programs)} programs")
    return out


def _merge(
    index: int,
    program: Program,
    runs: tuple[AnalyzerRun, ...],
    outputs: dict[str, list[AnalyzerOutput]],
    analyzers: Sequence[Analyzer],
) -> ScanResult:
    findings: list[Finding] = []
    errors: list[AnalyzerError] = []
    for analyzer in analyzers:
        out = outputs[analyzer.name][index]
        findings.extend(out.findings)
        if out.error:
            errors.append(AnalyzerError(analyzer.name, out.error))
    findings.sort(key=lambda f: (f.start_line, f.scanner, f.rule_id))
    return ScanResult(program, tuple(findings), runs, tuple(errors))


__all__ = ["DEFAULT_MAX_BYTES", "TOO_LARGE_RULE", "scan_programs"]
