"""The loop: generate -> scan -> stop if clean for the target CWE -> repair with feedback -> scan ...

A plain async function that returns the task's whole history; it prints nothing and asks nothing,
so the CLI, the studies and the benchmarks all render the same record. Generated code is data: it
is parsed and scanned, never imported or run.
"""

from __future__ import annotations

import ast
import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace

from seccode.agent._history import Attempt, LoopConfig, LoopHistory, Outcome, Round, is_flagged
from seccode.agent.extract import defined_functions, extract_code, parse_python
from seccode.errors import InputError, ProviderError
from seccode.llm import (
    ChatMessage,
    PromptSet,
    Provider,
    SamplingParams,
    load_prompts,
    render_followup,
    render_generate,
    render_reask,
    render_repair,
    request_context,
)
from seccode.scanners import Analyzer, Finding, Program, ScanResult, scan_programs
from seccode.tasks import Task
from seccode.verdict import judge

Scan = Callable[[Program], Awaitable[ScanResult]]


def thread_scanner(analyzers: Sequence[Analyzer]) -> Scan:
    """Scan one program in a worker thread, so other tasks' model calls go on meanwhile."""

    async def scan(program: Program) -> ScanResult:
        results = await asyncio.to_thread(scan_programs, [program], analyzers)
        return results[0]

    return scan


@dataclass(frozen=True, slots=True)
class Answer:
    """The code a model step produced (None if every attempt was rejected) and all its attempts."""

    code: str | None
    attempts: tuple[Attempt, ...]
    conversation: tuple[ChatMessage, ...]  # every message sent, plus the last answer
    reask: ChatMessage | None = None  # when code is None: what to say before asking again


async def _ask(
    provider: Provider,
    messages: list[ChatMessage],
    *,
    task: Task,
    stage: str,
    config: LoopConfig,
    prompts: PromptSet,
    required: tuple[str, ...],
    previous: str | None = None,
    tries: int | None = None,
    params: SamplingParams | None = None,
) -> Answer:
    """Call the model up to ``tries`` times (default ``1 + max_reasks``) until an answer has usable code.

    A repair (``previous`` given) is unusable when it drops a function the task defines or returns
    the code unchanged: at temperature 0 the next round would then repeat this one word for word.
    """
    attempts: list[Attempt] = []
    conversation = list(messages)
    reask: ChatMessage | None = None
    for _ in range(tries if tries is not None else config.max_reasks + 1):
        if reask is not None:
            conversation.append(reask)
        with request_context(task.id, stage):
            done = await provider.complete(conversation, params or config.params, sample=config.sample)
        extraction = extract_code(done.text)
        reason: str | None = None
        if extraction.code is None and extraction.syntax_error:
            reason = f"its code does not parse ({extraction.syntax_error})"
        elif extraction.code is None:
            reason = f"no Python code ({extraction.how})"
        elif missing := [name for name in required if name not in defined_functions(extraction.code)]:
            reason = f"it drops the function(s) {', '.join(missing)} that the task defines"
        elif previous is not None and same_program(extraction.code, previous):
            reason = "it returns the code unchanged"
        attempts.append(
            Attempt(
                stage,
                done.text,
                done.prompt_tokens,
                done.completion_tokens,
                done.latency_s,
                done.cached,
                done.finish_reason,
                extraction.how,
                reason,
            )
        )
        conversation.append(ChatMessage("assistant", done.text))
        if reason is None:
            return Answer(extraction.code, tuple(attempts), tuple(conversation))
        no_code = extraction.code is None and not extraction.syntax_error
        reask = render_reask(prompts, reason=None if no_code else reason, functions=required)
    return Answer(None, tuple(attempts), tuple(conversation), reask)


def same_program(a: str, b: str) -> bool:
    """Whether two programs have the same syntax tree (comments and layout aside)."""
    try:
        return ast.dump(parse_python(a)) == ast.dump(parse_python(b))
    except (SyntaxError, ValueError):
        return a.strip() == b.strip()


def _feedback(result: ScanResult, target: int | None) -> list[Finding]:
    """Security findings, those for the target CWE first, each once."""
    security = [f for f in result.findings if f.scanner != "syntax"]
    return sorted(security, key=lambda f: (f.cwe != target, f.start_line, f.scanner, f.rule_id))


async def generate_once(task: Task, provider: Provider, config: LoopConfig | None = None) -> Answer:
    """One generation step (with re-asks when the answer has no code)."""
    config = config or LoopConfig()
    prompts = load_prompts(config.prompts)
    return await _ask(
        provider,
        render_generate(prompts, task.prompt),
        task=task,
        stage="generate",
        config=config,
        prompts=prompts,
        required=(),
    )


async def repair_once(
    task: Task,
    result: ScanResult,
    provider: Provider,
    config: LoopConfig | None = None,
    *,
    round_index: int = 1,
    conversation: Sequence[ChatMessage] = (),
    reask: ChatMessage | None = None,
    tries: int | None = None,
    params: SamplingParams | None = None,
) -> Answer:
    """One repair step of ``result.program.code`` with the findings of ``result`` as feedback.

    With the previous rounds' ``conversation``: after a rejected answer, ``reask`` (the Answer's own)
    continues it; after a scanned fix, the preset's follow-up gives the new findings (the model sees
    what it already tried). Otherwise, or for a preset without a follow-up, the step starts afresh
    from the latest code, as in the paper. An answer that does not parse, drops a function
    ``task.prompt`` defines, or changes nothing is re-asked up to ``tries - 1`` times (default
    ``config.max_reasks``).
    """
    config = config or LoopConfig()
    prompts = load_prompts(config.prompts)
    required = defined_functions(task.prompt)
    findings = _feedback(result, task.cwe)
    followup = render_followup(prompts, cwe=task.cwe, findings=findings, functions=required)
    if conversation and reask is not None:
        messages = [*_trim(conversation), reask]
    elif conversation and followup is not None:
        messages = [*_trim(conversation), followup]
    else:
        messages = render_repair(
            prompts,
            task_prompt=task.prompt,
            code=result.program.code,
            cwe=task.cwe,
            findings=findings,
            functions=required,
        )
    return await _ask(
        provider,
        messages,
        task=task,
        stage=f"repair-{round_index}",
        config=config,
        prompts=prompts,
        required=required,
        previous=result.program.code,
        tries=tries,
        params=params,
    )


def _escalated(config: LoopConfig, index: int) -> SamplingParams:
    """Sampling for the round after a rejected answer: at temperature 0 a model that echoed the code
    would echo it again, so sample warmer, with a per-round seed to stay reproducible."""
    params = config.params
    if config.retry_temperature is None:
        return params
    warmer = max(params.temperature or 0.0, config.retry_temperature)
    return replace(params, temperature=warmer, seed=(params.seed or 0) + index)


def _trim(conversation: Sequence[ChatMessage], keep_last: int = 4) -> list[ChatMessage]:
    """The opening (system, first request) and the last exchanges: a small model's context is short."""
    opening = next((i + 1 for i, m in enumerate(conversation) if m.role == "user"), 0)
    if len(conversation) <= opening + keep_last:
        return list(conversation)
    return [*conversation[:opening], *conversation[-keep_last:]]


async def run_loop(
    task: Task,
    generator: Provider,
    repairer: Provider,
    analyzers: Sequence[Analyzer],
    config: LoopConfig | None = None,
    *,
    scan: Scan | None = None,
) -> LoopHistory:
    """Run the loop on ``task`` and return its history; a provider failure ends it with outcome "error".

    ``scan`` replaces the default one-program-per-thread scan (e.g. a batching scanner).
    """
    config = config or LoopConfig()
    if config.max_rounds < 0:
        raise InputError(f"--max-rounds must be 0 or more, got {config.max_rounds}")
    if config.max_reasks < 0:
        raise InputError(f"max_reasks must be 0 or more, got {config.max_reasks}")
    prompts = load_prompts(config.prompts)
    scanner = scan or thread_scanner(analyzers)
    rounds: list[Round] = []

    def history(outcome: Outcome, error: str | None = None) -> LoopHistory:
        return LoopHistory(
            task.id,
            task.cwe,
            generator.label,
            repairer.label,
            prompts.label,
            config.max_rounds,
            tuple(rounds),
            outcome,
            error,
        )

    try:
        answer = await generate_once(task, generator, config)
        if answer.code is None:
            rounds.append(Round(0, None, False, (), None, answer.attempts))
            return history("no-code")
        result = await scanner(Program(task.id, answer.code, task.cwe))
        verdict = judge(result, task.cwe)
        rounds.append(Round(0, answer.code, True, result.findings, verdict, answer.attempts, result.errors))
        if not is_flagged(verdict):
            return history("secure-at-generation")
        code = answer.code
        talk: tuple[ChatMessage, ...] = ()  # the repair conversation so far
        reask: ChatMessage | None = None  # why the last round's answer was rejected
        for index in range(1, config.max_rounds + 1):
            # a rejected answer costs its round: the re-ask is the next round, within --max-rounds
            answer = await repair_once(
                task,
                result,
                repairer,
                config,
                round_index=index,
                conversation=talk,
                reask=reask,
                tries=1,
                params=_escalated(config, index) if reask is not None else None,
            )
            talk, reask = answer.conversation, answer.reask
            if answer.code is None:  # rejected: the round is spent and the code stands
                rounds.append(
                    Round(index, code, False, result.findings, verdict, answer.attempts, result.errors)
                )
                continue
            code = answer.code
            result = await scanner(Program(task.id, code, task.cwe))
            verdict = judge(result, task.cwe)
            rounds.append(Round(index, code, True, result.findings, verdict, answer.attempts, result.errors))
            if not is_flagged(verdict):
                return history("fixed")
        return history("still-vulnerable")
    except ProviderError as exc:
        return history("error", str(exc))


__all__ = ["Answer", "Scan", "generate_once", "repair_once", "run_loop", "thread_scanner"]
