"""Many tasks through the loop with bounded concurrency; results arrive through a callback as they finish."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from seccode.agent._batch_scan import BatchScanner
from seccode.agent._history import LoopConfig, LoopHistory
from seccode.agent.repair_loop import run_loop
from seccode.errors import InputError
from seccode.llm import Provider
from seccode.scanners import Analyzer
from seccode.tasks import Task

OnDone = Callable[[LoopHistory], None]


@dataclass(frozen=True, slots=True)
class RunConfig:
    """The loop's settings plus how many tasks are in flight.

    ``concurrency`` None (the default) admits every task at once and lets each provider's own limit
    bound the requests: its FIFO queue then serves round 0 of every task, then round 1..., which
    is the schedule of the critical path. A bound admits tasks in order, so a long chain that
    starts late finishes late.
    """

    loop: LoopConfig = field(default_factory=LoopConfig)
    concurrency: int | None = None


async def run_tasks(
    tasks: Sequence[Task],
    generator: Provider,
    repairer: Provider,
    analyzers: Sequence[Analyzer],
    config: RunConfig | None = None,
    *,
    on_done: OnDone | None = None,
) -> list[LoopHistory]:
    """Run the loop on every task (at most ``config.concurrency`` at once); histories in task order.

    ``on_done`` sees each history as soon as its task ends, so a caller can save it at once and an
    interrupted run keeps every finished task.
    """
    config = config or RunConfig()
    if config.concurrency is not None and config.concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, got {config.concurrency}")
    if config.loop.max_rounds < 0:
        raise InputError(f"--max-rounds must be 0 or more, got {config.loop.max_rounds}")
    slots = asyncio.Semaphore(config.concurrency or max(len(tasks), 1))
    scanner = BatchScanner(analyzers)

    async def one(task: Task) -> LoopHistory:
        async with slots:
            history = await run_loop(task, generator, repairer, analyzers, config.loop, scan=scanner)
        if on_done is not None:
            on_done(history)
        return history

    return list(await asyncio.gather(*(one(t) for t in tasks)))


__all__ = ["OnDone", "RunConfig", "run_tasks"]
