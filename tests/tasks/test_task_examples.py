"""The bundled example tasks: they load, cover the advertised CWEs, and are short valid Python stubs."""

from __future__ import annotations

import ast

from seccode.cwe import get_catalogue
from seccode.tasks import load_examples, load_tasks, safe_name


def test_examples_load_with_cwes() -> None:
    tasks = load_tasks("examples")
    assert 8 <= len(tasks) <= 15
    assert len({t.id for t in tasks}) == len(tasks)
    assert all(t.source == "examples" and t.cwe is not None for t in tasks)
    assert {89, 78, 22, 79, 502, 798, 611, 918} <= {t.cwe for t in tasks}
    assert {t.cwe for t in tasks} & {327, 328}
    assert {t.cwe for t in tasks} & {94, 95}


def test_examples_are_known_weaknesses() -> None:
    catalogue = get_catalogue()
    for task in load_examples():
        assert task.cwe is not None
        entry = catalogue.get(task.cwe)
        assert entry is not None and entry.kind == "weakness", task.id
        assert task.id.startswith(f"CWE-{task.cwe:03d}/")


def test_examples_are_short_completable_stubs() -> None:
    for task in load_examples():
        # A prompt ends in a docstring; with a body added it must parse as Python.
        tree = ast.parse(task.prompt + "    ...\n")
        functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
        assert len(functions) == 1, task.id
        assert ast.get_docstring(functions[0]), task.id
        assert len(task.prompt) < 400, task.id  # the embedded CPU model must finish each quickly


def test_examples_ids_become_safe_file_names() -> None:
    names = [safe_name(t.id) for t in load_examples()]
    assert len(set(names)) == len(names)
    assert all(name.endswith(".py") and "/" not in name for name in names)
