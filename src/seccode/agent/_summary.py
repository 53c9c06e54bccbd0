"""The numbers a run is judged by: vulnerable at round 0, fixed per round, still vulnerable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seccode.agent._history import LoopHistory


@dataclass(frozen=True, slots=True)
class RunSummary:
    """Counts over a run's histories. ``fixed_per_round[k-1]`` counts tasks first clean at repair round k."""

    tasks: int
    secure_at_generation: int
    vulnerable_at_generation: int  # code flagged at round 0 (tasks without code are counted apart)
    fixed_per_round: tuple[int, ...]
    still_vulnerable: int
    no_code: int
    errors: int
    calls: int  # model answers used or rejected, cached or not
    cached: int
    prompt_tokens: int
    completion_tokens: int
    model_seconds: float

    @property
    def fixed(self) -> int:
        """Tasks fixed in any repair round."""
        return sum(self.fixed_per_round)

    @property
    def tokens_per_second(self) -> float:
        """Completion tokens per second of (uncached) model time."""
        return self.completion_tokens / self.model_seconds if self.model_seconds > 0 else 0.0


def summarize(histories: Sequence[LoopHistory], max_rounds: int) -> RunSummary:
    """Count outcomes and costs over ``histories``."""
    fixed = [0] * max_rounds
    for h in histories:
        if h.fixed_at is not None and 1 <= h.fixed_at <= max_rounds:
            fixed[h.fixed_at - 1] += 1
    attempts = [a for h in histories for r in h.rounds for a in r.attempts]
    fresh = [a for a in attempts if not a.cached]
    flagged_at_zero = [
        h for h in histories if h.rounds and h.rounds[0].code is not None and h.rounds[0].vulnerable
    ]
    return RunSummary(
        tasks=len(histories),
        secure_at_generation=sum(h.outcome == "secure-at-generation" for h in histories),
        vulnerable_at_generation=len(flagged_at_zero),
        fixed_per_round=tuple(fixed),
        still_vulnerable=sum(h.outcome == "still-vulnerable" for h in histories),
        no_code=sum(h.outcome == "no-code" for h in histories),
        errors=sum(h.outcome == "error" for h in histories),
        calls=len(attempts),
        cached=len(attempts) - len(fresh),
        prompt_tokens=sum(a.prompt_tokens for a in fresh),
        completion_tokens=sum(a.completion_tokens for a in fresh),
        model_seconds=sum(a.latency_s for a in fresh),
    )


__all__ = ["RunSummary", "summarize"]
