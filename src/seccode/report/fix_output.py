"""Renderings of ``seccode fix``: a unified diff to apply, SARIF with fixes for CI, or JSON."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from typing import Any

from seccode.agent.fix import FileFix
from seccode.report.sarif import to_sarif


def render_diff(fixes: Sequence[FileFix]) -> str:
    """One unified diff over all changed files (``patch -p0`` or ``git apply`` take it)."""
    chunks: list[str] = []
    for fix in fixes:
        if not fix.changed:
            continue
        name = fix.program.path or fix.program.id
        chunks.extend(
            difflib.unified_diff(
                fix.program.code.splitlines(keepends=True),
                _with_newline(fix.code).splitlines(keepends=True),
                fromfile=name,
                tofile=name,
            )
        )
    return "".join(chunks)


def _with_newline(code: str) -> str:
    return code if code.endswith("\n") else code + "\n"


def render_sarif(fixes: Sequence[FileFix]) -> str:
    """The findings before repair, each with the proposed file as a SARIF ``fix`` where there is one."""
    log = to_sarif([f.before for f in fixes])
    proposed = {fix.program.id: fix for fix in fixes if fix.changed}
    for result in log["runs"][0]["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        fix = next((f for f in proposed.values() if _matches(uri, f)), None)
        if fix is not None:
            result["fixes"] = [_sarif_fix(uri, fix)]
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _matches(uri: str, fix: FileFix) -> bool:
    from urllib.parse import unquote

    return unquote(uri) == (fix.program.path or fix.program.id).replace("\\", "/")


def _sarif_fix(uri: str, fix: FileFix) -> dict[str, Any]:
    state = "fixes every blocking finding" if fix.outcome == "fixed" else "reduces the findings"
    return {
        "description": {"text": f"seccode repair ({state} after {fix.rounds} round(s))"},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {
                        "deletedRegion": {"charOffset": 0, "charLength": len(fix.program.code)},
                        "insertedContent": {"text": _with_newline(fix.code)},
                    }
                ],
            }
        ],
    }


def render_json(fixes: Sequence[FileFix]) -> str:
    """One object per file: outcome, rounds, findings before and after, and the proposed code."""
    doc = [
        {
            "path": fix.program.path or fix.program.id,
            "outcome": fix.outcome,
            "rounds": fix.rounds,
            "changed": fix.changed,
            "error": fix.error,
            "findings_before": [f.to_json() for f in fix.before.findings],
            "findings_after": [f.to_json() for f in fix.after.findings],
            "code": fix.code if fix.changed else None,
        }
        for fix in fixes
    ]
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


#: output formats of ``seccode fix``
FORMATS: dict[str, Callable[[Sequence[FileFix]], str]] = {
    "diff": render_diff,
    "sarif": render_sarif,
    "json": render_json,
}

__all__ = ["FORMATS", "render_diff", "render_json", "render_sarif"]
