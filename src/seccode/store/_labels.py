"""Reading a labels file: one JSON object a line naming a sample and its label.

``{"model": "gpt-4", "task_id": "CWE-089/author_1.py", "label": 1}`` labels a generation;
``stage``, ``subject``, ``index`` and ``round`` pick other samples. Values must be 0, 0.5, 1 or -1.
"""

from __future__ import annotations

import json
from pathlib import Path

from seccode.store._errors import StoreError
from seccode.store._records import LABEL_VALUES, Label, SampleKey


def read_labels(path: str | Path, *, source: str | None = None) -> list[Label]:
    """Parse a labels JSONL file, refusing the first bad line with a one-line :class:`StoreError`."""
    target = Path(path)
    if not target.is_file():
        raise StoreError(f"labels file {target} does not exist")
    labels: list[Label] = []
    seen: set[SampleKey] = set()
    for number, line in enumerate(target.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{target}:{number}"
        try:
            row = json.loads(line)
            key = SampleKey(
                stage=str(row.get("stage", "generate")),
                model=str(row["model"]),
                task_id=str(row["task_id"]),
                subject=str(row.get("subject", "")),
                index=int(row.get("index", 0)),
                round=int(row.get("round", 0)),
            )
            value = row["label"]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(f"{where}: not a label object with model, task_id and label ({exc})") from exc
        if isinstance(value, bool) or not isinstance(value, int | float) or float(value) not in LABEL_VALUES:
            raise StoreError(f"{where}: label {value!r} is not one of 0, 0.5, 1, -1")
        if key in seen:
            raise StoreError(f"{where}: a second label for {key.model} {key.task_id}")
        seen.add(key)
        labels.append(Label(key, float(value), source or target.name))
    return labels


__all__ = ["read_labels"]
