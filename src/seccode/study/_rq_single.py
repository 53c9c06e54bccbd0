"""RQ1 (generate), RQ2 (detect) and RQ3 (one repair) as resumable jobs over the store.

Each job first asks the store whether its sample is there; only missing samples call a model, and
each answer is committed with its model call in one transaction the moment it arrives. A detection
or repair names whose program it is about (``detect of <generator spec>``), so a replay provider
serves the answer recorded for that program and not the model's answer about its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from seccode.agent import defined_functions, extract_code
from seccode.cwe import get_catalogue
from seccode.llm import ChatMessage, Completion, render_generate, render_repair
from seccode.llm._replay_keys import stage_about
from seccode.store import ModelCall, Sample, SampleKey, StoredSample
from seccode.study._calls import answer_word, ask, detection_messages, parse_detection
from seccode.study._env import SECCODE, StudyEnv

Job = Callable[[], Awaitable[None]]


async def _ask(
    env: StudyEnv, key: SampleKey, messages: Sequence[ChatMessage], stage: str
) -> tuple[Completion, ModelCall]:
    """Ask the sample's model with the run's sampling and prices (one place for every RQ job)."""
    return await ask(
        env.providers[key.model],
        messages,
        task_id=key.task_id,
        stage=stage,
        params=env.params,
        sample=key.index,
        prices=env.prices,
    )


async def _ask_and_store_code(
    env: StudyEnv, key: SampleKey, messages: Sequence[ChatMessage], stage: str
) -> None:
    """Ask, extract the code from the answer, and commit the sample with its call."""
    done, call = await _ask(env, key, messages, stage)
    code = extract_code(done.text).code
    env.store.add_sample(env.run_id, Sample(key, text=done.text, code=code, call=call))


def rq1_jobs(env: StudyEnv) -> list[Job]:
    """One generation per model, task and repetition not yet stored."""
    jobs: list[Job] = []
    for spec in env.plan.models:
        for task in env.tasks.values():
            for index in range(env.plan.runs):
                key = SampleKey("generate", spec, task.id, index=index)
                if env.store.find_sample(env.run_id, key) is None:
                    jobs.append(_generate(env, key))
    return jobs


def _generate(env: StudyEnv, key: SampleKey) -> Job:
    async def job() -> None:
        task = env.tasks[key.task_id]
        messages = render_generate(env.prompts, task.prompt)
        await _ask_and_store_code(env, key, messages, "generate")

    return job


def source_programs(env: StudyEnv) -> list[StoredSample]:
    """The source run's generated programs (those with code)."""
    return [s for s in env.store.samples(env.plan.source_run, "generate") if s.sample.code is not None]


def rq2_jobs(env: StudyEnv) -> list[Job]:
    """One detection per judge and source program not yet stored."""
    jobs: list[Job] = []
    for spec in env.plan.models:
        for program in source_programs(env):
            k = program.sample.key
            key = SampleKey("detect", spec, k.task_id, subject=k.model, index=k.index)
            if env.store.find_sample(env.run_id, key) is None:
                jobs.append(_detect(env, key, program.sample.code or ""))
    return jobs


def _detect(env: StudyEnv, key: SampleKey, code: str) -> Job:
    async def job() -> None:
        cwe = env.tasks[key.task_id].cwe
        name = (get_catalogue().name(cwe) if cwe is not None else None) or "an unknown weakness"
        messages = detection_messages(cwe or 0, name, code)
        done, call = await _ask(env, key, messages, stage_about("detect", key.subject))
        answer = answer_word(parse_detection(done.text))
        env.store.add_sample(env.run_id, Sample(key, text=done.text, answer=answer, call=call))

    return job


def vulnerable_sources(env: StudyEnv) -> list[StoredSample]:
    """The source programs RQ3 repairs: labelled vulnerable when the source run has labels (the
    paper's choice), else vulnerable by our verdict."""
    programs = source_programs(env)
    sources = env.store.label_sources(env.plan.source_run)
    if sources:
        labels = env.store.labels(env.plan.source_run, sources[0])
        return [p for p in programs if labels.get(p.id, 0.0) > 0]
    verdicts = env.store.verdicts(env.plan.source_run, SECCODE)
    return [p for p in programs if p.id in verdicts and verdicts[p.id].vulnerable]


def rq3_jobs(env: StudyEnv) -> list[Job]:
    """One repair per repairer and vulnerable source program not yet stored."""
    jobs: list[Job] = []
    for spec in env.plan.models:
        for program in vulnerable_sources(env):
            k = program.sample.key
            key = SampleKey("repair", spec, k.task_id, subject=k.model, index=k.index)
            if env.store.find_sample(env.run_id, key) is None:
                jobs.append(_repair(env, key, program))
    return jobs


def _repair(env: StudyEnv, key: SampleKey, program: StoredSample) -> Job:
    async def job() -> None:
        task = env.tasks[key.task_id]
        findings = [f for f in env.store.findings(program.id) if f.scanner != "syntax"]
        messages = render_repair(
            env.prompts,
            task_prompt=task.prompt,
            code=program.sample.code or "",
            cwe=task.cwe,
            findings=findings,
            functions=defined_functions(task.prompt),
        )
        await _ask_and_store_code(env, key, messages, stage_about("repair-1", key.subject))

    return job


__all__ = ["Job", "rq1_jobs", "rq2_jobs", "rq3_jobs", "source_programs", "vulnerable_sources"]
