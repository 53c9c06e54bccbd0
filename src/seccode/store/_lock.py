"""The writer lock: one process at a time may write a study.

An ``fcntl`` lock on ``<study>.lock`` is held for as long as the store is open for writing; the
kernel drops it when the process dies, even by ``kill -9``, so a crashed run never leaves a stale
lock behind. The file records who holds it, so the refusal can say which process to wait for.
"""

from __future__ import annotations

import fcntl
import os
import socket
from pathlib import Path
from typing import IO

from seccode.store._errors import StoreBusy, StoreError


class WriterLock:
    """An exclusive, non-blocking lock on a study, released by :meth:`release` or process death."""

    def __init__(self, study: Path) -> None:
        self.path = study.with_name(study.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`StoreBusy` naming the holder."""
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"cannot write the study {self.path.with_suffix('')}: {exc.strerror}") from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreBusy(
                f"study {self.path.with_suffix('')} is being written by {holder}; "
                "wait for it to finish (two writers to one study are refused)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


__all__ = ["WriterLock"]
