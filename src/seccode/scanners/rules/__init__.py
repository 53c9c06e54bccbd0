"""seccode's own rule pack: Semgrep YAML under ``semgrep/`` and the AST checks, as one inventory.

:func:`rule_inventory` lists every rule with its id, CWE, severity, confidence and description; the
coverage table of ``benchmarks/detection.py`` and the rule meta-tests read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from seccode.cwe import parse_cwe


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One rule of the pack, as the coverage table shows it."""

    id: str
    cwe: int  # the primary CWE, carried by the rule's findings
    analyzer: str  # "semgrep" or "seccode-ast"
    severity: str
    confidence: str
    description: str
    message: str
    source: str  # the YAML file, or the AST check's module
    also: tuple[int, ...] = ()  # further CWEs the rule targets (one flaw, several CWE names)

    @property
    def cwes(self) -> tuple[int, ...]:
        """Every CWE the rule targets, the primary one first."""
        return (self.cwe, *self.also)


def semgrep_rule_files() -> list[Path]:
    """The Semgrep YAML files of the pack, sorted."""
    folder = Path(str(files("seccode.scanners") / "rules" / "semgrep"))
    return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])


def load_yaml(text: str) -> Any:
    """``text`` parsed as YAML with safe tags only, by libyaml when PyYAML was built with it.

    The pure-Python loader took ~0.5 s for the pack's rule files, on every scan's critical path.
    """
    import yaml  # type: ignore[import-untyped,unused-ignore]

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def semgrep_rules() -> list[RuleInfo]:
    """Every Semgrep rule of the pack (reads the YAML on each call; no import-time I/O)."""
    infos: list[RuleInfo] = []
    for path in semgrep_rule_files():
        document: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8")) or {}
        for rule in document.get("rules", []):
            metadata = rule.get("metadata") or {}
            raw = metadata.get("cwe")
            cwes = [
                parse_cwe(str(c).split(":", 1)[0]) for c in (raw if isinstance(raw, list) else [raw]) if c
            ]
            infos.append(
                RuleInfo(
                    id=str(rule.get("id", "")),
                    cwe=cwes[0] if cwes else 0,
                    analyzer="semgrep",
                    severity=str(rule.get("severity", "")),
                    confidence=str(metadata.get("confidence", "")),
                    description=str(metadata.get("description", "")),
                    message=" ".join(str(rule.get("message", "")).split()),
                    source=path.name,
                    also=tuple(cwes[1:]),
                )
            )
    return infos


def rule_cwes() -> dict[str, frozenset[int]]:
    """Rule id -> every CWE the rule targets (read once; the verdict consults it)."""
    return _rule_cwes()


@cache
def _rule_cwes() -> dict[str, frozenset[int]]:
    return {rule.id: frozenset(rule.cwes) for rule in rule_inventory()}


def rule_inventory() -> list[RuleInfo]:
    """All rules of the pack: the Semgrep rules, then the AST checks."""
    from seccode.scanners._ast_checks import ast_rules

    return [*semgrep_rules(), *ast_rules()]


__all__ = ["RuleInfo", "rule_cwes", "rule_inventory", "semgrep_rule_files", "semgrep_rules"]
