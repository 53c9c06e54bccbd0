"""Small pieces of the loop: program equality, conversation trimming, summary counts."""

from __future__ import annotations

from seccode.agent import Attempt, LoopHistory, Round, summarize
from seccode.agent.repair_loop import _trim, same_program
from seccode.llm import ChatMessage


def test_same_program_ignores_comments_and_layout_only() -> None:
    assert same_program("x = 1  # a\n", "# header\nx = (1)\n")
    assert not same_program("x = 1\n", "x = 2\n")
    assert same_program("def f(:\n", "def f(:\n") and not same_program("def f(:\n", "x = 1\n")


def test_trim_keeps_the_opening_and_the_last_exchanges() -> None:
    talk = [ChatMessage("system", "s"), ChatMessage("user", "task")]
    talk += [ChatMessage("assistant" if i % 2 == 0 else "user", str(i)) for i in range(10)]
    trimmed = _trim(talk, keep_last=4)
    assert [m.content for m in trimmed] == ["s", "task", "6", "7", "8", "9"]
    assert _trim(talk[:5]) == talk[:5]


def _history(outcome: str, rounds: int, cached: bool = False) -> LoopHistory:
    attempt = Attempt("generate", "x", 10, 5, 0.0 if cached else 1.0, cached, "stop", "fenced", None)
    made = tuple(Round(i, "x = 1\n", True, (), None, (attempt,)) for i in range(rounds))
    return LoopHistory("t", 89, "g", "r", "default@v2", 3, made, outcome)  # type: ignore[arg-type]


def test_summary_counts() -> None:
    histories = [
        _history("secure-at-generation", 1),
        _history("fixed", 2),
        _history("fixed", 3, cached=True),
        _history("still-vulnerable", 4),
        _history("error", 1),
    ]
    s = summarize(histories, 3)
    assert (s.tasks, s.secure_at_generation, s.fixed_per_round, s.fixed, s.still_vulnerable, s.errors) == (
        5,
        1,
        (1, 1, 0),
        2,
        1,
        1,
    )
    assert (s.calls, s.cached) == (11, 3)
    assert s.completion_tokens == 8 * 5 and s.tokens_per_second == 5.0
