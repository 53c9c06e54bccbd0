"""seccode.cwe's public names: all exist, are documented, and come from private modules."""

from __future__ import annotations

import seccode.cwe


def test_exported_members() -> None:
    for name in seccode.cwe.__all__:
        member = getattr(seccode.cwe, name)
        module = getattr(member, "__module__", "seccode.cwe._x")
        assert module.startswith("seccode.cwe._") or module == "typing", name
        if callable(member) and module != "typing":
            assert member.__doc__, f"{name} has no docstring"
