"""Backoff with jitter and Retry-After parsing."""

from __future__ import annotations

import random
import time
from email.utils import formatdate

from seccode.llm import RetryPolicy
from seccode.llm._retry import parse_retry_after


def test_retry_after_wins_but_is_capped() -> None:
    policy = RetryPolicy(max_retries=3, base_s=0.5, max_s=10.0)
    rng = random.Random(0)
    assert policy.delay(0, 3.0, rng) == 3.0
    assert policy.delay(0, 500.0, rng) == 10.0
    assert policy.delay(0, -1.0, rng) == 0.0


def test_jittered_exponential_window() -> None:
    policy = RetryPolicy(max_retries=8, base_s=0.5, max_s=4.0)
    rng = random.Random(1)
    for attempt, window in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)]:
        delays = [policy.delay(attempt, None, rng) for _ in range(200)]
        assert all(0.0 <= d <= window for d in delays)
        assert max(delays) > window * 0.8  # full jitter spreads over the whole window
        assert len(set(delays)) > 150


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "2"}) == 2.0
    assert parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    date = formatdate(time.time() + 30, usegmt=True)
    seconds = parse_retry_after({"Retry-After": date})
    assert seconds is not None and 25 < seconds <= 31
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None and parse_retry_after(None) is None
