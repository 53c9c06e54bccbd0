"""Reading findings out of a SARIF 2.1.0 log, with CWEs from rule tags (``external/cwe/cwe-089``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from seccode.scanners._finding import Level

_CWE_TAG = re.compile(r"^external/cwe/cwe-0*(\d+)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SarifResult:
    """One result of a SARIF log, reduced to what a :class:`Finding` needs."""

    rule_id: str
    cwe: int | None
    cwes: tuple[int, ...]
    severity: Level
    confidence: Level
    uri: str
    start_line: int
    end_line: int
    message: str


def cwes_from_tags(tags: list[str]) -> tuple[int, ...]:
    """CWE ids named by ``external/cwe/cwe-NNN`` tags, in tag order; titles are never consulted."""
    found = []
    for tag in tags:
        match = _CWE_TAG.match(str(tag).strip())
        if match:
            found.append(int(match.group(1)))
    return tuple(dict.fromkeys(found))


def _rules_of(run: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Rules per tool component: index 0 is the driver, then each extension (CodeQL query packs)."""
    tool = run.get("tool", {})
    components = [tool.get("driver", {}), *tool.get("extensions", [])]
    return [list(c.get("rules", []) or []) for c in components]


def _find_rule(result: dict[str, Any], components: list[list[dict[str, Any]]]) -> dict[str, Any]:
    ref = result.get("rule", {}) or {}
    component = int(ref.get("toolComponent", {}).get("index", 0)) if ref.get("toolComponent") else 0
    index = ref.get("index", result.get("ruleIndex"))
    rules = components[component] if 0 <= component < len(components) else []
    if isinstance(index, int) and 0 <= index < len(rules):
        return rules[index]
    rule_id = result.get("ruleId") or ref.get("id")
    for group in components:
        for rule in group:
            if rule.get("id") == rule_id:
                return rule
    return {}


def _level(result: dict[str, Any], rule: dict[str, Any]) -> Level:
    props = rule.get("properties", {}) or {}
    score = props.get("security-severity")
    if score is not None:
        try:
            value = float(score)
        except (TypeError, ValueError):
            value = -1.0
        if value >= 7.0:
            return Level.HIGH
        if value >= 4.0:
            return Level.MEDIUM
        if value >= 0:
            return Level.LOW
    level = result.get("level") or (rule.get("defaultConfiguration", {}) or {}).get("level", "warning")
    return Level.parse(str(level))


def _confidence(rule: dict[str, Any]) -> Level:
    precision = str((rule.get("properties", {}) or {}).get("precision", "medium")).lower()
    return {"very-high": Level.HIGH, "high": Level.HIGH, "low": Level.LOW}.get(precision, Level.MEDIUM)


def read_sarif(log: dict[str, Any]) -> Iterator[SarifResult]:
    """Yield every result of every run in a SARIF 2.1.0 log."""
    for run in log.get("runs", []) or []:
        components = _rules_of(run)
        for result in run.get("results", []) or []:
            rule = _find_rule(result, components)
            props = rule.get("properties", {}) or {}
            cwes = cwes_from_tags(list(props.get("tags", []) or []))
            cwes = cwes or cwes_from_tags(list((result.get("properties", {}) or {}).get("tags", []) or []))
            locations = result.get("locations", []) or [{}]
            physical = locations[0].get("physicalLocation", {}) or {}
            region = physical.get("region", {}) or {}
            start = int(region.get("startLine", 1) or 1)
            yield SarifResult(
                rule_id=str(result.get("ruleId") or rule.get("id") or "unknown"),
                cwe=cwes[0] if cwes else None,
                cwes=cwes,
                severity=_level(result, rule),
                confidence=_confidence(rule),
                uri=str((physical.get("artifactLocation", {}) or {}).get("uri", "")),
                start_line=start,
                end_line=int(region.get("endLine", start) or start),
                message=" ".join(str((result.get("message", {}) or {}).get("text", "")).split()),
            )


__all__ = ["SarifResult", "cwes_from_tags", "read_sarif"]
