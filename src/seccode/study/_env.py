"""What every study runner shares: the open store, providers, analyzers, tasks, bounded concurrency,
and the batch scan of whatever the run stored without a verdict yet."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from seccode.errors import SeccodeError
from seccode.llm import PromptSet, Provider, SamplingParams
from seccode.scanners import Analyzer, Program, scan_programs
from seccode.store import RunStore, StoredVerdict
from seccode.study._plan import StudyPlan
from seccode.study._prices import Prices
from seccode.tasks import Task
from seccode.verdict import judge

#: the judge name of our analyzers' verdicts in the store
SECCODE = "seccode"


class StudyIncomplete(SeccodeError):
    """Some model calls failed; what succeeded is stored and ``seccode study resume`` retries the rest."""


@dataclass(frozen=True, slots=True)
class StudyEnv:
    """A run being executed: where it is stored and what it calls."""

    store: RunStore
    run_id: str
    plan: StudyPlan
    providers: dict[str, Provider]
    analyzers: list[Analyzer]
    tasks: dict[str, Task]
    prompts: PromptSet
    concurrency: int
    prices: Prices | None  # None: calls are recorded without a cost

    @property
    def params(self) -> SamplingParams:
        """Sampling settings of every call in the run."""
        return SamplingParams(temperature=self.plan.temperature)


async def run_jobs(jobs: Iterable[Callable[[], Awaitable[None]]], concurrency: int, run_id: str) -> int:
    """Run the jobs, at most ``concurrency`` at once; a job's failure does not stop the others.

    Returns how many ran; raises :class:`StudyIncomplete` naming the first failure when any failed.
    """
    slots = asyncio.Semaphore(max(concurrency, 1))
    failures: list[str] = []

    async def one(job: Callable[[], Awaitable[None]]) -> None:
        async with slots:
            try:
                await job()
            except SeccodeError as exc:  # a provider that failed for good: keep going, report at the end
                failures.append(str(exc))

    pending = list(jobs)
    await asyncio.gather(*(one(j) for j in pending))
    if failures:
        raise StudyIncomplete(
            f"{len(failures)} of {len(pending)} model calls failed (first: {failures[0]}); "
            f"what succeeded is stored, `seccode study resume {run_id}` retries the rest"
        )
    return len(pending)


def scan_pending(env: StudyEnv) -> int:
    """Scan, in one batch, every program of the run that has no verdict yet; returns how many."""
    judged = env.store.verdicts(env.run_id, SECCODE)
    todo = [s for s in env.store.samples(env.run_id) if s.sample.code is not None and s.id not in judged]
    if not todo:
        return 0
    programs = [Program(str(s.id), s.sample.code or "", _cwe(env, s.sample.key.task_id)) for s in todo]
    results = scan_programs(programs, env.analyzers)
    scans = []
    for stored, result in zip(todo, results, strict=True):
        verdict = judge(result)
        scans.append(
            (
                stored.id,
                result.findings,
                [
                    StoredVerdict(
                        stored.id, SECCODE, verdict.target_cwe, verdict.vulnerable, verdict.any_finding
                    )
                ],
            )
        )
    env.store.record_scans(scans)
    return len(todo)


def _cwe(env: StudyEnv, task_id: str) -> int | None:
    task = env.tasks.get(task_id)
    return None if task is None else task.cwe


__all__ = ["SECCODE", "StudyEnv", "StudyIncomplete", "run_jobs", "scan_pending"]
