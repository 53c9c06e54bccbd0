"""A per-call wall-clock limit for pure-Python work (an in-process analyzer on one program)."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


class CallTimedOut(Exception):
    """Raised inside the guarded block when its time is up."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """When the guarded block's time is up."""

    at: float  # time.monotonic() value

    @property
    def expired(self) -> bool:
        """Whether the time is up (an alarm that lands inside C code may surface as another error)."""
        return time.monotonic() >= self.at


@contextmanager
def time_limit(seconds: float) -> Iterator[Deadline]:
    """Interrupt the block with :class:`CallTimedOut` after ``seconds``.

    Uses ``SIGALRM`` because a pure-Python scan cannot be cancelled otherwise without a process per
    program (0.3 s each). Where there is no ``SIGALRM`` (Windows) or we are not on the main thread,
    the block runs unbounded rather than failing.
    """
    deadline = Deadline(time.monotonic() + seconds if seconds > 0 else float("inf"))
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield deadline
        return

    def _raise(_signum: int, _frame: Any) -> None:
        raise CallTimedOut(f"timed out after {seconds:g} s")

    previous: Callable[..., Any] | int | None = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


__all__ = ["CallTimedOut", "Deadline", "time_limit"]
