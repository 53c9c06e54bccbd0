"""The paper's labels as store labels on the samples of a replayed study.

A run replayed with ``replay:paper:MODEL`` stores its samples under those specs, so the paper's
merged RQ1 labels and its RQ3 ``verify_label`` values are keyed to them here. Only the repairs that
RQ3 actually sends (of programs labelled vulnerable) are labelled: the artefact's two repair rows
of programs labelled secure have no sample to attach to.
"""

from __future__ import annotations

import json
from pathlib import Path

from seccode.store import Label, SampleKey
from seccode.study._artifacts import PaperArtifacts

#: the source name of the imported labels in the store
PAPER_LABELS = "paper"


def replay_spec(model: str) -> str:
    """The provider spec that replays the paper's ``model``."""
    return f"replay:paper:{model}"


def generation_labels(art: PaperArtifacts, models: tuple[str, ...] | None = None) -> list[Label]:
    """The merged RQ1 label of each generation by ``models`` (default: all four generators)."""
    return [
        Label(SampleKey("generate", replay_spec(g.model), g.task_id), g.label, PAPER_LABELS)
        for g in art.generations
        if models is None or g.model in models
    ]


def repair_labels(
    art: PaperArtifacts, repairers: tuple[str, ...] | None = None, generators: tuple[str, ...] | None = None
) -> list[Label]:
    """The ``verify_label`` of each RQ3 repair of a program labelled vulnerable."""
    vulnerable = {(g.model, g.task_id) for g in art.generations if g.vulnerable}
    return [
        Label(
            SampleKey("repair", replay_spec(r.repairer), r.task_id, replay_spec(r.generator)),
            r.verify_label,
            PAPER_LABELS,
        )
        for r in art.repairs
        if (r.generator, r.task_id) in vulnerable
        and (repairers is None or r.repairer in repairers)
        and (generators is None or r.generator in generators)
    ]


def write_labels(labels: list[Label], path: str | Path) -> Path:
    """Write ``labels`` as a labels JSONL that ``seccode study rq1/rq3 --labels`` reads."""
    rows = []
    for label in labels:
        k = label.key
        row: dict[str, object] = {"stage": k.stage, "model": k.model, "task_id": k.task_id}
        if k.subject:
            row["subject"] = k.subject
        rows.append(json.dumps({**row, "label": label.value}))
    target = Path(path)
    target.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return target


__all__ = ["PAPER_LABELS", "generation_labels", "repair_labels", "replay_spec", "write_labels"]
