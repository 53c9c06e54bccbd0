"""A run's files: the final code and the JSON history of every task, under one output folder.

Task ids are labels, never paths: each file name comes from ``safe_name`` and is checked to stay
inside the folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from seccode._atomic import write_atomic
from seccode.agent._history import Attempt, LoopHistory, Round
from seccode.errors import InputError
from seccode.tasks import safe_name

HISTORY_VERSION = 1


def _attempt(a: Attempt) -> dict[str, object]:
    return {
        "stage": a.stage,
        "text": a.text,
        "prompt_tokens": a.prompt_tokens,
        "completion_tokens": a.completion_tokens,
        "latency_s": round(a.latency_s, 4),
        "cached": a.cached,
        "finish_reason": a.finish_reason,
        "extraction": a.extraction,
        "rejected": a.rejected,
    }


def _round(r: Round) -> dict[str, object]:
    verdict = r.verdict
    return {
        "index": r.index,
        "code": r.code,
        "accepted": r.accepted,
        "vulnerable": r.vulnerable,
        "verdict": None
        if verdict is None
        else {
            "target_cwe": verdict.target_cwe,
            "vulnerable": verdict.vulnerable,
            "any_finding": verdict.any_finding,
            "reasons": [x.finding.fingerprint for x in verdict.reasons],
        },
        "findings": [f.to_json() for f in r.findings],
        "scan_errors": [{"analyzer": e.analyzer, "message": e.message} for e in r.scan_errors],
        "prompt_tokens": r.prompt_tokens,
        "completion_tokens": r.completion_tokens,
        "latency_s": round(r.latency_s, 4),
        "attempts": [_attempt(a) for a in r.attempts],
    }


def history_to_json(history: LoopHistory) -> dict[str, object]:
    """The stable JSON shape of a history (``histories/<task>.json``)."""
    return {
        "version": HISTORY_VERSION,
        "task_id": history.task_id,
        "cwe": history.cwe,
        "generator": history.generator,
        "repairer": history.repairer,
        "prompts": history.prompts,
        "max_rounds": history.max_rounds,
        "outcome": history.outcome,
        "fixed_at": history.fixed_at,
        "error": history.error,
        "rounds": [_round(r) for r in history.rounds],
    }


def _inside(folder: Path, name: str) -> Path:
    path = folder / name
    if path.resolve().parent != folder.resolve():  # belt and braces over safe_name
        raise InputError(f"task id would escape the output folder: {name!r}")
    return path


def write_history(out: Path, history: LoopHistory) -> None:
    """Write ``code/<task>.py`` (when there is code) and ``histories/<task>.json``, each atomically."""
    name = safe_name(history.task_id)
    stem = name[:-3] if name.endswith(".py") else name
    (out / "code").mkdir(parents=True, exist_ok=True)
    (out / "histories").mkdir(parents=True, exist_ok=True)
    if history.final_code is not None:
        write_atomic(_inside(out / "code", f"{stem}.py"), history.final_code)
    text = json.dumps(history_to_json(history), indent=1, ensure_ascii=False) + "\n"
    write_atomic(_inside(out / "histories", f"{stem}.json"), text)


__all__ = ["HISTORY_VERSION", "history_to_json", "write_history"]
