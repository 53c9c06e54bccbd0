"""The records every analyzer speaks: a program to scan, a finding, and the result of a scan."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    """Severity or confidence of a finding, on Bandit's three-step scale."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @classmethod
    def parse(cls, value: str) -> Level:
        """Map a scanner's own word (``ERROR``, ``WARNING``, ``INFO``, ``High``...) onto the scale."""
        word = value.strip().lower()
        aliases = {
            "error": "high",
            "critical": "high",
            "warning": "medium",
            "info": "low",
            "note": "low",
            "undefined": "low",
            "none": "low",
        }
        return cls(aliases.get(word, word))


@dataclass(frozen=True, slots=True)
class Program:
    """One program to scan: its id (never used as a path), its source, and the CWE it is judged for."""

    id: str
    code: str
    cwe: int | None = None
    path: str | None = None  # where the code came from, for display only


@dataclass(frozen=True, slots=True)
class Finding:
    """One weakness reported by one analyzer in one program, normalised across analyzers.

    ``fingerprint`` is stable across runs and line shifts: it hashes the scanner, the rule, the
    program id and the text of the flagged lines, not their numbers.
    """

    scanner: str
    rule_id: str
    cwe: int | None
    severity: Level
    confidence: Level
    path: str
    start_line: int
    end_line: int
    message: str
    fingerprint: str

    @classmethod
    def create(
        cls,
        *,
        scanner: str,
        rule_id: str,
        cwe: int | None,
        severity: Level,
        confidence: Level,
        path: str,
        start_line: int,
        end_line: int | None = None,
        message: str,
        code: str = "",
    ) -> Finding:
        """Build a finding whole, computing its fingerprint from the flagged lines of ``code``."""
        end = max(end_line if end_line is not None else start_line, start_line)
        lines = code.splitlines()[max(start_line - 1, 0) : end] if code else []
        snippet = "\n".join(line.strip() for line in lines)
        digest = hashlib.sha256("\x1f".join([scanner, rule_id, path, snippet]).encode()).hexdigest()
        return cls(scanner, rule_id, cwe, severity, confidence, path, start_line, end, message, digest[:16])

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape of a finding (the ``seccode scan --format jsonl`` contract)."""
        return {
            "scanner": self.scanner,
            "rule_id": self.rule_id,
            "cwe": self.cwe,
            "severity": self.severity.value,
            "confidence": self.confidence.value,
            "line": self.start_line,
            "end_line": self.end_line,
            "message": self.message,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True, slots=True)
class AnalyzerOutput:
    """What one analyzer found in one program, or why it could not scan it."""

    program_id: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class AnalyzerRun:
    """Which analyzer ran, and which version of it."""

    name: str
    version: str


@dataclass(frozen=True, slots=True)
class AnalyzerError:
    """An analyzer that failed on a program (crash, time-out); the rest of the batch went on."""

    analyzer: str
    message: str


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Everything the analyzers said about one program."""

    program: Program
    findings: tuple[Finding, ...]
    analyzers: tuple[AnalyzerRun, ...]
    errors: tuple[AnalyzerError, ...] = field(default=())

    def cwes(self) -> frozenset[int]:
        """The CWEs of all findings that carry one."""
        return frozenset(f.cwe for f in self.findings if f.cwe is not None)


__all__ = ["AnalyzerError", "AnalyzerOutput", "AnalyzerRun", "Finding", "Level", "Program", "ScanResult"]
