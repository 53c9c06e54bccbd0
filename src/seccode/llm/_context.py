"""Which task and stage a model call serves, for providers that answer by it (replay).

A context variable, so the :class:`~seccode.llm.Provider` interface stays messages-in,
completion-out while concurrent tasks each see their own context.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RequestContext:
    """The task a call is for and its stage (``generate``, ``repair-1``, ``repair-2``...)."""

    task_id: str
    stage: str


_CURRENT: ContextVar[RequestContext | None] = ContextVar("seccode_request", default=None)


@contextmanager
def request_context(task_id: str, stage: str) -> Iterator[RequestContext]:
    """Mark the model calls made inside the block as serving ``task_id`` at ``stage``."""
    context = RequestContext(task_id, stage)
    token = _CURRENT.set(context)
    try:
        yield context
    finally:
        _CURRENT.reset(token)


def current_request() -> RequestContext | None:
    """The context set by the innermost :func:`request_context`, if any."""
    return _CURRENT.get()


__all__ = ["RequestContext", "current_request", "request_context"]
