"""Renderings of scan results: text for people, JSON / JSONL for programs, SARIF for CI.

Formatters sit in one literal registry (``FORMATS``); each takes the results and their verdicts
and returns the whole output as a string, so nothing is written until everything is rendered.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from seccode.report.sarif import to_sarif
from seccode.scanners import ScanResult
from seccode.verdict import Verdict, explain


def _program_json(result: ScanResult, verdict: Verdict, explained: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": result.program.id,
        "cwe": result.program.cwe,
        "vulnerable": verdict.vulnerable,
        "any_finding": verdict.any_finding,
        "findings": [f.to_json() for f in result.findings],
        "errors": [{"analyzer": e.analyzer, "message": e.message} for e in result.errors],
    }
    if explained:  # an added key: readers of the stable shape are unaffected
        doc["explain"] = explain(verdict)
    return doc


def render_jsonl(results: Sequence[ScanResult], verdicts: Sequence[Verdict], explained: bool = False) -> str:
    """Exactly one JSON line per program, in input order (the stable batch interface)."""
    pairs = zip(results, verdicts, strict=True)
    return "".join(json.dumps(_program_json(r, v, explained), ensure_ascii=False) + "\n" for r, v in pairs)


def render_json(results: Sequence[ScanResult], verdicts: Sequence[Verdict], explained: bool = False) -> str:
    """One JSON document: the analyzers that ran and every program's findings and verdict."""
    analyzers = results[0].analyzers if results else ()
    doc: dict[str, Any] = {
        "analyzers": [{"name": a.name, "version": a.version} for a in analyzers],
        "programs": [_program_json(r, v, explained) for r, v in zip(results, verdicts, strict=True)],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_sarif(results: Sequence[ScanResult], verdicts: Sequence[Verdict], explained: bool = False) -> str:
    """A SARIF 2.1.0 log (verdicts are not part of SARIF; ``explained`` has no effect)."""
    return json.dumps(to_sarif(results), indent=2, ensure_ascii=False) + "\n"


def render_text(results: Sequence[ScanResult], verdicts: Sequence[Verdict], explained: bool = False) -> str:
    """One line per finding, each verdict (with its reasons if ``explained``), then a summary."""
    lines: list[str] = []
    flagged = 0
    for result, verdict in zip(results, verdicts, strict=True):
        for f in result.findings:
            cwe = f"CWE-{f.cwe}" if f.cwe is not None else "no CWE"
            lines.append(
                f"{f.path}:{f.start_line}: [{f.scanner} {f.rule_id}] {cwe} "
                f"{f.severity.value}/{f.confidence.value}: {f.message}"
            )
        for e in result.errors:
            lines.append(f"{result.program.id}: error: {e.message}")
        if explained:
            lines.extend(explain(verdict))
        elif verdict.vulnerable is not None:
            state = "VULNERABLE" if verdict.vulnerable else "not vulnerable"
            lines.append(f"{result.program.id}: {state} to CWE-{verdict.target_cwe}")
        flagged += bool(verdict.vulnerable) if verdict.vulnerable is not None else verdict.any_finding
    total = sum(len(r.findings) for r in results)
    lines.append(f"{len(results)} program(s) scanned, {total} finding(s), {flagged} program(s) flagged")
    return "\n".join(lines) + "\n"


#: output formats by name, as ``--format`` accepts them
FORMATS: dict[str, Callable[[Sequence[ScanResult], Sequence[Verdict], bool], str]] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
}

__all__ = ["FORMATS", "render_json", "render_jsonl", "render_sarif", "render_text"]
