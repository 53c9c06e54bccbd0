"""A per-call wall-clock limit for pure-Python work (an in-process analyzer on one program)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class CallTimedOut(Exception):
    """Raised inside the guarded block when its time is up."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`CallTimedOut` after ``seconds``.

    Uses ``SIGALRM`` because a pure-Python scan cannot be cancelled otherwise without a process per
    program (0.3 s each). Where there is no ``SIGALRM`` (Windows) or we are not on the main thread,
    the block runs unbounded rather than failing.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def _raise(_signum: int, _frame: Any) -> None:
        raise CallTimedOut(f"timed out after {seconds:g} s")

    previous: Callable[..., Any] | int | None = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


__all__ = ["CallTimedOut", "time_limit"]
