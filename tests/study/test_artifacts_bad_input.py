"""Broken artefacts are refused with one line naming the file and what is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seccode.errors import InputError
from seccode.study import load_artifacts, log_file_task
from seccode.study.testing import write_fake_artifacts


def test_a_missing_folder_or_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"artefacts folder .*absent does not exist"):
        load_artifacts(tmp_path / "absent")
    folder = write_fake_artifacts(tmp_path / "a")
    (folder / "rq3_repairs.jsonl").unlink()
    with pytest.raises(InputError, match=r"lacks rq3_repairs.jsonl"):
        load_artifacts(folder)


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text() + line + "\n")


def test_a_malformed_line_is_named_with_its_number(tmp_path: Path) -> None:
    folder = write_fake_artifacts(tmp_path)
    _append(folder / "rq1_generations.jsonl", "{not json")
    with pytest.raises(InputError, match=r"rq1_generations.jsonl:9: not JSON"):
        load_artifacts(folder)


def test_a_row_of_the_wrong_shape_is_refused(tmp_path: Path) -> None:
    folder = write_fake_artifacts(tmp_path)
    _append(folder / "rq3_repairs.jsonl", json.dumps({"repair_model": "gpt-4"}))
    with pytest.raises(InputError, match="not in the expected shape"):
        load_artifacts(folder)


def test_a_bad_cwe_and_an_unknown_stage_are_refused(tmp_path: Path) -> None:
    folder = write_fake_artifacts(tmp_path)
    rows = (folder / "rq1_generations.jsonl").read_text().splitlines()
    bad = json.loads(rows[0]) | {"cwe": "89"}
    (folder / "rq1_generations.jsonl").write_text(json.dumps(bad) + "\n")
    with pytest.raises(InputError, match=r"rq1_generations.jsonl:1: cwe '89' is not CWE-<number>"):
        load_artifacts(folder)
    folder = write_fake_artifacts(tmp_path / "b")
    _append(
        folder / "rq4_iterations.jsonl",
        json.dumps({"fix_model": "x", "gen_model": "y", "run": 1, "stage": "iter9", "files": {}}),
    )
    with pytest.raises(InputError, match="unknown stage 'iter9'"):
        load_artifacts(folder)


def test_duplicate_program_ids_are_refused(tmp_path: Path) -> None:
    folder = write_fake_artifacts(tmp_path)
    first = (folder / "rq1_generations.jsonl").read_text().splitlines()[0]
    _append(folder / "rq1_generations.jsonl", first)
    with pytest.raises(InputError, match=r"gpt-3\.5 CWE-078/shell.py appears twice"):
        load_artifacts(folder)


def test_log_file_names_map_to_task_ids() -> None:
    assert log_file_task("CWE-020-author_1.py") == "CWE-020/author_1.py"
    assert log_file_task("CWE-502-mitre-1.py") == "CWE-502/mitre-1.py"
    assert log_file_task("odd.py") == "odd.py"
