"""RQ4: the iterative repair loop per (generator, repairer, task, run), each history stored whole.

A loop's rounds are written in one transaction when it ends, so a kill mid-loop redoes only that
loop (its model calls come back from the response cache when one is configured).
"""

from __future__ import annotations

from seccode.agent import LoopConfig, LoopHistory, run_loop
from seccode.errors import ProviderError
from seccode.store import ModelCall, Sample, SampleKey, StoredVerdict
from seccode.study._env import SECCODE, StudyEnv
from seccode.study._rq_single import Job


def rq4_jobs(env: StudyEnv) -> list[Job]:
    """One loop per generator, repairer, task and run whose round 0 is not stored yet."""
    jobs: list[Job] = []
    for generator in env.plan.generators:
        for repairer in env.plan.models:
            for task_id in env.tasks:
                for index in range(env.plan.runs):
                    key = SampleKey("round", repairer, task_id, subject=generator, index=index, round=0)
                    if env.store.find_sample(env.run_id, key) is None:
                        jobs.append(_loop(env, key))
    return jobs


def _loop(env: StudyEnv, first: SampleKey) -> Job:
    async def job() -> None:
        config = LoopConfig(
            max_rounds=env.plan.max_rounds, prompts=env.plan.prompts, params=env.params, sample=first.index
        )
        history = await run_loop(
            env.tasks[first.task_id],
            env.providers[first.subject],
            env.providers[first.model],
            env.analyzers,
            config,
        )
        if history.outcome == "error":
            raise ProviderError(f"{first.task_id}: {history.error}")
        _store(env, first, history)

    return job


def _store(env: StudyEnv, first: SampleKey, history: LoopHistory) -> None:
    samples = []
    for r in history.rounds:
        key = SampleKey("round", first.model, first.task_id, first.subject, first.index, r.index)
        who = history.generator if r.index == 0 else history.repairer
        cached = all(a.cached for a in r.attempts)
        cost = (
            None
            if env.prices is None
            else env.prices.cost(who, r.prompt_tokens, r.completion_tokens, cached=cached)
        )
        # a round may take several calls (re-asks); its record sums them
        call = ModelCall(
            who, who.partition(":")[0], "", r.prompt_tokens, r.completion_tokens, r.latency_s, cost, cached
        )
        text = r.attempts[-1].text if r.attempts else None
        samples.append(Sample(key, text=text, code=r.code, call=call if r.attempts else None))
    ids = env.store.add_samples(env.run_id, samples)
    scans = []
    for (sample_id, _), r in zip(ids, history.rounds, strict=True):
        if r.verdict is not None:
            v = r.verdict
            scans.append(
                (
                    sample_id,
                    r.findings,
                    [StoredVerdict(sample_id, SECCODE, v.target_cwe, v.vulnerable, v.any_finding)],
                )
            )
    env.store.record_scans(scans)


__all__ = ["rq4_jobs"]
