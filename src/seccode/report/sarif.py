"""SARIF 2.1.0 output of scan results, with CWE tags on rules (``external/cwe/cwe-89``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from seccode import __version__
from seccode.scanners import Finding, Level, ScanResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Level.HIGH: "error", Level.MEDIUM: "warning", Level.LOW: "note"}
_PRECISION = {Level.HIGH: "high", Level.MEDIUM: "medium", Level.LOW: "low"}


def _rule_key(finding: Finding) -> str:
    return f"{finding.scanner}/{finding.rule_id}"


def _rule(finding: Finding) -> dict[str, Any]:
    tags = ["security"]
    if finding.cwe is not None:
        tags.append(f"external/cwe/cwe-{finding.cwe}")
    return {
        "id": _rule_key(finding),
        "name": finding.rule_id,
        "shortDescription": {"text": finding.message[:200] or finding.rule_id},
        "defaultConfiguration": {"level": _LEVELS[finding.severity]},
        "properties": {"tags": tags, "precision": _PRECISION[finding.confidence], "scanner": finding.scanner},
    }


def _uri(path: str) -> str:
    # A program id may be any string; percent-encoding keeps it a valid relative URI reference.
    return quote(path.replace("\\", "/"), safe="/._-~")


def to_sarif(results: Sequence[ScanResult]) -> dict[str, Any]:
    """One SARIF run whose driver is seccode; each analyzer's rules appear as ``scanner/rule``."""
    rules: dict[str, dict[str, Any]] = {}
    index: dict[str, int] = {}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results:
        for finding in result.findings:
            key = _rule_key(finding)
            if key not in rules:
                index[key] = len(rules)
                rules[key] = _rule(finding)
            sarif_results.append(
                {
                    "ruleId": key,
                    "ruleIndex": index[key],
                    "level": _LEVELS[finding.severity],
                    "message": {"text": finding.message or finding.rule_id},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": _uri(finding.path)},
                                "region": {
                                    "startLine": max(finding.start_line, 1),
                                    "endLine": max(finding.end_line, finding.start_line, 1),
                                },
                            }
                        }
                    ],
                    "partialFingerprints": {"seccode/v1": finding.fingerprint},
                    "properties": {
                        "scanner": finding.scanner,
                        "cwe": finding.cwe,
                        "confidence": finding.confidence.value,
                    },
                }
            )
        for error in result.errors:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.program.id}: {error.message}"},
                    "descriptor": {"id": error.analyzer},
                }
            )
    analyzers = results[0].analyzers if results else ()
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "seccode",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/seccode/",
                        "rules": list(rules.values()),
                        "properties": {"analyzers": {a.name: a.version for a in analyzers}},
                    }
                },
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
                "results": sarif_results,
            }
        ],
    }


__all__ = ["SARIF_SCHEMA", "to_sarif"]
