"""The public surface of seccode.llm and seccode.agent: every exported name exists and is documented."""

from __future__ import annotations

import inspect

import pytest

import seccode.agent
import seccode.llm


@pytest.mark.parametrize("module", [seccode.llm, seccode.agent])
def test_exports_resolve_and_are_documented(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    assert len(set(names)) == len(names)
    for name in names:
        value = getattr(module, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{module.__name__}.{name} has no docstring"  # type: ignore[attr-defined]


def test_importing_llm_loads_no_sdk() -> None:
    """Providers are lazy: the openai SDK and llama.cpp load only when such a provider is made."""
    import subprocess
    import sys

    code = (
        "import sys, seccode.llm, seccode.agent; print('openai' in sys.modules, 'xllamacpp' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
