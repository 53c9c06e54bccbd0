"""Verdicts: is this program vulnerable to its target CWE, and does it have any finding at all?

The policy, in order (each counting finding becomes a :class:`Reason` naming the relation used):

1. Only security findings count: the ``syntax`` analyzer's findings say nothing about a weakness.
2. A finding is *weak* when its analyzer's evidence is thin on its own: Bandit's import-only
   blacklist checks (B401-B415: "this module was imported"), any LOW-confidence finding, and every
   Bandit finding when seccode's own pack (``semgrep`` or ``seccode-ast``) also scanned the program:
   Bandit sees no data flow and maps whole families to one CWE (YAML and XML to CWE-20, Flask debug
   to CWE-94), so where the pack looked and found nothing for the target, a lone Bandit hit does not
   overturn it (measured precision of Bandit's own-CWE verdict on the RQ3 repairs: 0.72). Weak
   findings support a verdict only when a strong finding for the target exists too; they are then
   recorded as reasons beside it.
3. A finding counts for target CWE-T when its CWE relates to T:
   - ``same``: the finding's CWE is T;
   - ``declared``: the finding's rule (in seccode's pack) lists T among the CWEs it targets - one flaw
     that MITRE files under several names (a request-chosen file path is CWE-22, 99, 641 and 425);
   - ``child`` / ``descendant``: the finding is a more specific kind of T in MITRE's view 1000
     (a CWE-1333 ReDoS finding for target CWE-730's parent chain, CWE-80 for target CWE-79);
   - ``parent``: the finding is T's direct parent (a CWE-79 XSS finding for target CWE-80): the
     broader weakness is present in the code that had to avoid the narrow one;
   - ``precedes``: a curated table below, for weaknesses MITRE lists as the usual root cause of
     another (improper input validation, CWE-20, is what lets untrusted data reach a deserialiser,
     an XML parser, a redirect or a shell), and for the credential family (hard-coded password,
     credentials and key are one mistake seen from three names), and missing authentication or
     authorization on a restricted page for forced browsing (CWE-425).
   Siblings, peers and categories do not count: they share a topic, not a weakness.

:func:`explain` renders a verdict with its reasons for ``seccode scan --explain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from seccode.cwe import format_cwe, get_catalogue
from seccode.scanners import Finding, Level, ScanResult

#: analyzers whose findings say nothing about a weakness (a program that does not parse)
_NON_SECURITY_SCANNERS = frozenset({"syntax"})

#: analyzers that run seccode's own rule pack (their rule ids are in the rule inventory)
_PACK_SCANNERS = frozenset({"semgrep", "seccode-ast"})

#: catalogue relations (what the finding's CWE is to the target) that make a finding count
_COUNTING_RELATIONS = frozenset({"same", "child", "descendant", "parent"})

#: Bandit checks that only see an import (B401-B415), not a use
_IMPORT_ONLY = re.compile(r"^B4(0[1-9]|1[0-5])\b")

#: target CWE -> finding CWEs that MITRE describes as following from it (root cause -> result)
PRECEDES: dict[int, frozenset[int]] = {
    20: frozenset({22, 78, 79, 89, 90, 94, 95, 502, 601, 611, 643, 730, 776, 918, 943, 1333}),
    259: frozenset({798}),
    321: frozenset({798}),
    798: frozenset({259, 321}),
    400: frozenset({730, 1333}),
    730: frozenset({400, 1333}),
    # forced browsing works because the restricted page never checks who asks
    425: frozenset({306, 862}),
}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a verdict was reached: one finding, and how its CWE relates to the target."""

    finding: Finding
    relation: str  # "same", "declared", a catalogue relation ("child", "parent"...), or "precedes"
    weak: bool = False  # supporting evidence only (import-only check or low confidence)


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


def is_weak(finding: Finding, *, pack_ran: bool = False) -> bool:
    """Whether ``finding`` is too thin to carry a verdict alone (see the module docstring, rule 2).

    ``pack_ran``: seccode's own rule pack scanned the same program.
    """
    if finding.scanner == "bandit" and (pack_ran or _IMPORT_ONLY.match(finding.rule_id)):
        return True
    return finding.confidence is Level.LOW


@cache
def relation_to_target(finding_cwe: int, target: int) -> str | None:
    """How a finding's CWE counts for ``target``: a relation name, or None when it does not count."""
    if finding_cwe == target:
        return "same"
    if finding_cwe in PRECEDES.get(target, frozenset()):
        return "precedes"
    relation = get_catalogue().relation(finding_cwe, target)
    return relation if relation in _COUNTING_RELATIONS else None


def _declared_cwes(finding: Finding) -> frozenset[int]:
    if finding.scanner not in _PACK_SCANNERS:
        return frozenset()
    from seccode.scanners.rules import rule_cwes

    return rule_cwes().get(finding.rule_id, frozenset())


def judge(result: ScanResult, target_cwe: int | None = None) -> Verdict:
    """Judge ``result`` for ``target_cwe`` (default: the program's own CWE), following the policy above."""
    target = target_cwe if target_cwe is not None else result.program.cwe
    security = [f for f in result.findings if f.scanner not in _NON_SECURITY_SCANNERS]
    reasons: tuple[Reason, ...] = ()
    vulnerable: bool | None = None
    if target is not None:
        related: list[Reason] = []
        pack_ran = any(run.name in _PACK_SCANNERS for run in result.analyzers)
        for finding in security:
            if finding.cwe is None:
                continue
            relation = relation_to_target(finding.cwe, target)
            if relation is None and target in _declared_cwes(finding):
                relation = "declared"
            if relation is not None:
                related.append(Reason(finding, relation, is_weak(finding, pack_ran=pack_ran)))
        vulnerable = any(not r.weak for r in related)
        reasons = tuple(related) if vulnerable else tuple(r for r in related if r.weak)
    return Verdict(result.program.id, target, vulnerable, bool(security), reasons)


def explain(verdict: Verdict) -> list[str]:
    """Human-readable lines: the verdict, then each reason (finding, rule, line, relation, weight)."""
    if verdict.target_cwe is None:
        head = f"{verdict.program_id}: no target CWE; " + (
            "has findings" if verdict.any_finding else "no findings"
        )
        return [head]
    target = format_cwe(verdict.target_cwe)
    state = "VULNERABLE" if verdict.vulnerable else "not shown vulnerable"
    lines = [f"{verdict.program_id}: {state} to {target}"]
    if not verdict.reasons:
        lines.append(f"  no finding of {target} or a related CWE")
    for reason in verdict.reasons:
        f = reason.finding
        cwe = format_cwe(f.cwe) if f.cwe is not None else "no CWE"
        how = "is the target" if reason.relation == "same" else f"{reason.relation} of {target}"
        if reason.relation == "precedes":
            how = f"usually follows from {target}"
        elif reason.relation == "declared":
            how = f"the rule also targets {target}"
        weight = "supporting only (weak evidence)" if reason.weak else "counts"
        lines.append(
            f"  - {f.scanner}:{f.rule_id} line {f.start_line}: {cwe} ({how}; {f.confidence.value} "
            f"confidence; {weight}) - {f.message}"
        )
    return lines


__all__ = ["PRECEDES", "Reason", "Verdict", "explain", "is_weak", "judge", "relation_to_target"]
