"""Verdicts: is this program vulnerable to its target CWE, and does it have any finding at all?"""

from __future__ import annotations

from dataclasses import dataclass

from seccode.scanners import Finding, ScanResult

#: analyzers whose findings say nothing about a weakness (a program that does not parse)
_NON_SECURITY_SCANNERS = frozenset({"syntax"})


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a verdict was reached: one finding, and how its CWE relates to the target."""

    finding: Finding
    relation: str  # "same", or the name of the relation in the CWE catalogue


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one scanned program.

    ``vulnerable`` is None when the program has no target CWE; ``any_finding`` counts findings of
    any CWE (syntax findings excluded).
    """

    program_id: str
    target_cwe: int | None
    vulnerable: bool | None
    any_finding: bool
    reasons: tuple[Reason, ...]


def judge(result: ScanResult, target_cwe: int | None = None) -> Verdict:
    """Judge ``result`` for ``target_cwe`` (default: the program's own CWE).

    A finding counts for the target when its CWE is the target itself.
    """
    target = target_cwe if target_cwe is not None else result.program.cwe
    security = [f for f in result.findings if f.scanner not in _NON_SECURITY_SCANNERS]
    reasons: tuple[Reason, ...] = ()
    vulnerable: bool | None = None
    if target is not None:
        reasons = tuple(Reason(f, "same") for f in security if f.cwe == target)
        vulnerable = bool(reasons)
    return Verdict(result.program.id, target, vulnerable, bool(security), reasons)


__all__ = ["Reason", "Verdict", "judge"]
