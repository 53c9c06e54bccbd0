"""seccode.tasks' public names: all exist, are documented, and come from private modules."""

from __future__ import annotations

import seccode.tasks


def test_exported_members() -> None:
    for name in seccode.tasks.__all__:
        member = getattr(seccode.tasks, name)
        assert member.__module__.startswith("seccode.tasks._"), name
        assert member.__doc__, f"{name} has no docstring"
