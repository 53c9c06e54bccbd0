"""The record tree of one loop run: attempts inside rounds inside a history, all frozen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from seccode.llm import SamplingParams
from seccode.scanners import AnalyzerError, Finding
from seccode.verdict import Verdict

Outcome = Literal["secure-at-generation", "fixed", "still-vulnerable", "no-code", "error"]


@dataclass(frozen=True, slots=True)
class Attempt:
    """One model call inside a round, and whether its answer was used."""

    stage: str  # "generate", "repair-1"...
    text: str
    prompt_tokens: int
    completion_tokens: int
    latency_s: float
    cached: bool
    finish_reason: str
    extraction: str  # how code was found ("fenced", "whole") or why not ("empty", "no-parse"...)
    rejected: str | None  # why the answer was not used; None when it was


@dataclass(frozen=True, slots=True)
class Round:
    """Round 0 is the generation; round k >= 1 is the k-th repair.

    ``code`` is the program scanned this round (a round whose every repair was rejected keeps the
    previous code); ``verdict`` is None only when there was no code to scan.
    """

    index: int
    code: str | None
    accepted: bool
    findings: tuple[Finding, ...]
    verdict: Verdict | None
    attempts: tuple[Attempt, ...]
    scan_errors: tuple[AnalyzerError, ...] = ()  # an analyzer that failed: the verdict lacks its say

    @property
    def prompt_tokens(self) -> int:
        """Prompt tokens over this round's attempts."""
        return sum(a.prompt_tokens for a in self.attempts)

    @property
    def completion_tokens(self) -> int:
        """Completion tokens over this round's attempts."""
        return sum(a.completion_tokens for a in self.attempts)

    @property
    def latency_s(self) -> float:
        """Model wall time over this round's attempts."""
        return sum(a.latency_s for a in self.attempts)

    @property
    def vulnerable(self) -> bool:
        """Whether this round's code is flagged for the target (no code counts as vulnerable)."""
        return is_flagged(self.verdict)


@dataclass(frozen=True, slots=True)
class LoopConfig:
    """Settings of the loop. ``max_rounds`` counts repair rounds (0: generate and scan only)."""

    max_rounds: int = 5
    max_reasks: int = 2  # extra calls when a generation has no code; a rejected repair spends its round
    prompts: str = "default"
    retry_temperature: float | None = 0.7  # sampling after a rejected repair (None: keep params)
    params: SamplingParams = field(default_factory=SamplingParams)
    sample: int = 0


@dataclass(frozen=True, slots=True)
class LoopHistory:
    """Everything that happened to one task: every round, the outcome, and any error that ended it."""

    task_id: str
    cwe: int | None
    generator: str
    repairer: str
    prompts: str  # preset@version
    max_rounds: int
    rounds: tuple[Round, ...]
    outcome: Outcome
    error: str | None = None

    @property
    def final_code(self) -> str | None:
        """The last code scanned."""
        return next((r.code for r in reversed(self.rounds) if r.code is not None), None)

    @property
    def fixed_at(self) -> int | None:
        """The repair round whose code was first clean, or None."""
        return self.rounds[-1].index if self.outcome == "fixed" else None

    @property
    def completion_tokens(self) -> int:
        """Completion tokens over the whole run."""
        return sum(r.completion_tokens for r in self.rounds)

    @property
    def prompt_tokens(self) -> int:
        """Prompt tokens over the whole run."""
        return sum(r.prompt_tokens for r in self.rounds)

    @property
    def latency_s(self) -> float:
        """Model wall time over the whole run."""
        return sum(r.latency_s for r in self.rounds)


def is_flagged(verdict: Verdict | None) -> bool:
    """Vulnerable to the target CWE; without a target, any security finding; no verdict (no code): True."""
    if verdict is None:
        return True
    return bool(verdict.vulnerable) if verdict.vulnerable is not None else verdict.any_finding


__all__ = ["Attempt", "LoopConfig", "LoopHistory", "Outcome", "Round", "is_flagged"]
