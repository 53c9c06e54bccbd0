"""The public names of the store, the study and the reports exist and are documented."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("module", ["seccode.store", "seccode.study", "seccode.report"])
def test_every_exported_name_exists_and_has_a_docstring(module: str) -> None:
    mod = importlib.import_module(module)
    assert mod.__doc__
    names = mod.__all__
    assert len(names) == len(set(names))
    for name in names:
        obj = getattr(mod, name)
        if callable(obj) and not isinstance(obj, dict):
            assert obj.__doc__, f"{module}.{name} has no docstring"


def test_report_formats_are_the_documented_four() -> None:
    from seccode.report import REPORT_FORMATS

    assert sorted(REPORT_FORMATS) == ["csv", "html", "latex", "md"]
