"""Fixing existing code: scan files, repair the flagged ones in a bounded loop, keep every function.

This is the loop without its generation step: the "task" is the file itself, so a repair must keep
every function the file defines, and it is judged by the same analyzers and verdict as generated code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from seccode.agent._history import LoopConfig
from seccode.agent.repair_loop import repair_once
from seccode.errors import InputError, ProviderError
from seccode.llm import ChatMessage, Provider
from seccode.scanners import Analyzer, Finding, Level, Program, ScanResult, scan_programs
from seccode.tasks import Task
from seccode.verdict import judge

FixOutcome = Literal["clean", "fixed", "still-flagged", "error"]
_RANK = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2}


@dataclass(frozen=True, slots=True)
class FixPolicy:
    """Which findings make a file worth repairing.

    With a ``target_cwe`` only a verdict of "vulnerable to it" counts; without one, any security
    finding with a CWE at ``min_severity`` or above (Bandit's "import subprocess" notes are LOW).
    """

    target_cwe: int | None = None
    min_severity: Level = Level.MEDIUM

    def blocking(self, result: ScanResult) -> tuple[Finding, ...]:
        """The findings of ``result`` that keep it flagged under this policy."""
        if self.target_cwe is not None:
            return tuple(r.finding for r in judge(result, self.target_cwe).reasons)
        return tuple(
            f
            for f in result.findings
            if f.scanner != "syntax" and f.cwe is not None and _RANK[f.severity] >= _RANK[self.min_severity]
        )


@dataclass(frozen=True, slots=True)
class FileFix:
    """What happened to one file: its scans before and after, and the code proposed."""

    program: Program
    before: ScanResult
    after: ScanResult  # equals ``before`` when no repair was kept
    code: str  # the proposed code (the original when nothing was repaired)
    rounds: int  # repair rounds spent
    outcome: FixOutcome
    error: str | None = None

    @property
    def changed(self) -> bool:
        """Whether a repair is proposed."""
        return self.code != self.program.code


async def _fix_one(
    program: Program,
    before: ScanResult,
    repairer: Provider,
    analyzers: Sequence[Analyzer],
    policy: FixPolicy,
    config: LoopConfig,
) -> FileFix:
    task = Task(program.id, program.code, policy.target_cwe, "fix")
    result = before
    conversation: tuple[ChatMessage, ...] = ()
    try:
        for index in range(1, config.max_rounds + 1):
            answer = await repair_once(
                task, result, repairer, config, round_index=index, conversation=conversation
            )
            conversation = answer.conversation
            if answer.code is None:
                continue  # every attempt rejected (no code, a function dropped): the round is spent
            [candidate] = await asyncio.to_thread(
                scan_programs, [Program(program.id, answer.code, policy.target_cwe, program.path)], analyzers
            )
            if len(policy.blocking(candidate)) <= len(policy.blocking(result)):
                result = candidate  # never keep a repair that makes things worse
            if not policy.blocking(result):
                return FileFix(program, before, result, result.program.code, index, "fixed")
        return FileFix(program, before, result, result.program.code, config.max_rounds, "still-flagged")
    except ProviderError as exc:
        return FileFix(program, before, result, result.program.code, 0, "error", str(exc))


async def fix_programs(
    programs: Sequence[Program],
    repairer: Provider,
    analyzers: Sequence[Analyzer],
    policy: FixPolicy,
    config: LoopConfig | None = None,
    *,
    concurrency: int = 4,
) -> list[FileFix]:
    """Scan ``programs`` in one batch, then repair each flagged one; one :class:`FileFix` per program."""
    config = config or LoopConfig(max_rounds=3)
    if config.max_rounds < 1:
        raise InputError(f"--max-rounds must be at least 1 to fix anything, got {config.max_rounds}")
    before = await asyncio.to_thread(scan_programs, list(programs), analyzers)
    gate = asyncio.Semaphore(max(concurrency, 1))

    async def one(program: Program, result: ScanResult) -> FileFix:
        if not policy.blocking(result):
            return FileFix(program, result, result, program.code, 0, "clean")
        async with gate:
            return await _fix_one(program, result, repairer, analyzers, policy, config)

    return list(await asyncio.gather(*(one(p, r) for p, r in zip(programs, before, strict=True))))


__all__ = ["FileFix", "FixOutcome", "FixPolicy", "fix_programs"]
