"""Starting and resuming study runs: resolve everything first, then write.

A bad plan (unknown model prefix, missing analyzer, missing task file, unknown source run) is
refused before anything is stored. A resumed run rebuilds its plan from the store and must find
the same tasks, prompts and analyzer versions, or it is refused rather than silently mixed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from seccode.errors import InputError
from seccode.llm import CachingProvider, Provider, ProviderOptions, ResponseCache, get_provider, load_prompts
from seccode.scanners import get_analyzers
from seccode.store import RunStore, read_labels
from seccode.study._env import StudyEnv, run_jobs, scan_pending
from seccode.study._plan import StudyPlan, dataset_hash, plan_spec
from seccode.study._prices import Prices
from seccode.study._rq4 import rq4_jobs
from seccode.study._rq_single import Job, rq1_jobs, rq2_jobs, rq3_jobs
from seccode.tasks import Task, load_tasks

_JOBS = {"rq1": rq1_jobs, "rq2": rq2_jobs, "rq3": rq3_jobs, "rq4": rq4_jobs}


@dataclass(frozen=True, slots=True)
class StudyOutcome:
    """What a start or resume did: samples in the run before and after, and model jobs run."""

    run_id: str
    kind: str
    samples_before: int
    samples_after: int
    jobs: int


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run (never part of the spec: none of it changes an answer)."""

    concurrency: int = 4
    cache: str | None = None  # a response-cache SQLite file
    provider: ProviderOptions | None = None
    prices: Prices | None = None


def _tasks(store: RunStore, plan: StudyPlan) -> tuple[list[Task], str]:
    """The tasks the run works on, and the dataset hash for its spec."""
    if plan.kind in ("rq1", "rq4"):
        tasks = load_tasks(plan.tasks)
        return tasks, dataset_hash(tasks)
    source = store.get_run(plan.source_run, missing_ok=True)
    if source is None or source.spec.kind != "rq1":
        raise InputError(f"--from-run {plan.source_run!r} is not an rq1 run in {store.path}")
    # rq2 and rq3 work on the source run's programs, so its dataset hash is theirs
    return load_tasks(StudyPlan.from_spec(source.spec).tasks), source.spec.dataset_hash


def _providers(plan: StudyPlan, options: RunOptions) -> dict[str, Provider]:
    cache = ResponseCache(options.cache) if options.cache else None
    out: dict[str, Provider] = {}
    for spec in dict.fromkeys((*plan.models, *plan.generators)):
        inner = get_provider(spec, options.provider)
        out[spec] = CachingProvider(inner, cache) if cache is not None else inner
    return out


def execute(
    store: RunStore, run_id: str, plan: StudyPlan, options: RunOptions, labels: str | None = None
) -> StudyOutcome:
    """Run (or continue) ``run_id`` under ``plan`` in an open, writable ``store``."""
    plan.check()
    tasks, data_hash = _tasks(store, plan)
    analyzers = get_analyzers(list(plan.analyzers) if plan.analyzers is not None else None)
    spec = plan_spec(plan, data_hash, analyzers)
    providers = _providers(plan, options)
    env = StudyEnv(
        store,
        run_id,
        plan,
        providers,
        analyzers,
        {t.id: t for t in tasks},
        load_prompts(plan.prompts),
        options.concurrency,
        options.prices,
    )
    parsed = read_labels(labels) if labels is not None else None  # a bad file is refused before any call
    store.start_run(run_id, spec)
    before = store.count_samples(run_id)
    jobs: list[Job] = _JOBS[plan.kind](env)
    try:
        asyncio.run(_run(env, jobs))
    finally:
        scan_pending(env)  # whatever was stored gets its verdict, even when some calls failed
    if parsed is not None:
        store.import_labels(run_id, parsed)
    store.finish_run(run_id)
    return StudyOutcome(run_id, plan.kind, before, store.count_samples(run_id), len(jobs))


async def _run(env: StudyEnv, jobs: list[Job]) -> None:
    try:
        await run_jobs(jobs, env.concurrency, env.run_id)
    finally:
        for provider in env.providers.values():
            await provider.aclose()


def start_study(
    path: str | Path,
    run_id: str,
    plan: StudyPlan,
    options: RunOptions | None = None,
    labels: str | None = None,
) -> StudyOutcome:
    """Start run ``run_id`` (or continue it, when it exists with the same plan)."""
    with RunStore.open(path) as store:
        return execute(store, run_id, plan, options or RunOptions(), labels)


def resume_study(path: str | Path, run_id: str, options: RunOptions | None = None) -> StudyOutcome:
    """Finish run ``run_id`` from where it stopped, with the plan stored in it."""
    with RunStore.open(path) as store:
        run = store.get_run(run_id)
        assert run is not None
        if run.spec.kind == "paper":
            raise InputError(
                f"run {run_id!r} is an import of the paper's artefacts; run reproduce-paper again"
            )
        return execute(store, run_id, StudyPlan.from_spec(run.spec), options or RunOptions())


__all__ = ["RunOptions", "StudyOutcome", "execute", "resume_study", "start_study"]
