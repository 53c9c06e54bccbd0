"""A scanner that batches: programs submitted while a scan runs go into the next batch together.

Semgrep and CodeQL start a process per batch, so scanning concurrent tasks one by one would pay
that start-up per program; group commit pays it once per wave, without a timer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from seccode.scanners import Analyzer, Program, ScanResult, scan_programs


class BatchScanner:
    """Call it like a :data:`~seccode.agent.Scan`; one batch is scanned at a time, in a worker thread."""

    def __init__(self, analyzers: Sequence[Analyzer], max_batch: int = 64) -> None:
        self.analyzers = list(analyzers)
        self.max_batch = max_batch
        self.batches = 0  # scans run, for benchmarks and tests
        self._pending: list[tuple[Program, asyncio.Future[ScanResult]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def __call__(self, program: Program) -> ScanResult:
        """Queue ``program`` and wait for its result."""
        future: asyncio.Future[ScanResult] = asyncio.get_running_loop().create_future()
        self._pending.append((program, future))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
            self.batches += 1
            # ids may repeat across tasks' rounds, so each program is keyed by its position
            programs = [p for p, _ in batch]
            try:
                results = await asyncio.to_thread(scan_programs, programs, self.analyzers)
            except BaseException as exc:  # hand the failure to every waiter, never strand one
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                if isinstance(exc, asyncio.CancelledError):
                    raise
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)


__all__ = ["BatchScanner"]
