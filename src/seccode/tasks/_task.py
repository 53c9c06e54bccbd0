"""The task record: what a model is asked to write, and the weakness it is judged for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Task:
    """A code-generation task.

    ``id`` is an opaque label (``CWE-089/author_1.py``); it is never used as a file path outside a
    folder seccode controls, and where it names a file it is sanitised first.
    """

    id: str
    prompt: str
    cwe: int | None
    source: str  # where the task came from: "securityeval", a file path, "examples"...


__all__ = ["Task"]
