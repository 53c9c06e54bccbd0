"""The labelled program sets under benchmarks/ are well formed: a broken label silently skews a figure.

Every row names an existing program in the folder of its own CWE, every program has exactly one row,
both classes are present for each CWE, and every program parses (programs are data: parsed, never run).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from seccode.cwe import parse_cwe

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SETS = ("unseen", "holdout", "dev2", "dev3", "dev4", "dev5")


def _rows(name: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for labels in sorted((BENCHMARKS / name).glob("labels*.jsonl")):
        rows += [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


@pytest.mark.parametrize("name", SETS)
def test_every_program_has_one_label_in_its_cwe_folder(name: str) -> None:
    rows = _rows(name)
    paths = [str(row["path"]) for row in rows]
    assert len(paths) == len(set(paths)), "a program is labelled twice"
    programs = BENCHMARKS / name / "programs"
    on_disk = {p.relative_to(programs).as_posix() for p in programs.rglob("*.py")}
    assert set(paths) == on_disk
    for row in rows:
        folder = str(row["path"]).split("/", 1)[0]
        assert parse_cwe(folder) == parse_cwe(str(row["cwe"])), row["path"]
        assert isinstance(row["vulnerable"], bool), row["path"]
        assert row.get("split", "test") in ("dev", "test"), row["path"]
        assert str(row.get("why", "")).strip(), f"{row['path']}: no reason given"


@pytest.mark.parametrize("name", SETS)
def test_each_cwe_has_vulnerable_and_secure_programs(name: str) -> None:
    classes: dict[object, set[bool]] = {}
    for row in _rows(name):
        classes.setdefault(parse_cwe(str(row["cwe"])), set()).add(bool(row["vulnerable"]))
    assert len(classes) == 69
    assert {cwe for cwe, seen in classes.items() if seen != {True, False}} == set()


@pytest.mark.parametrize("name", SETS)
def test_every_program_parses(name: str) -> None:
    for path in sorted((BENCHMARKS / name / "programs").rglob("*.py")):
        ast.parse(path.read_text(encoding="utf-8"), str(path))
