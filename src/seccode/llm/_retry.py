"""Bounded retries: exponential backoff with full jitter, honouring a server's Retry-After."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to wait before retrying a transient failure (429, 5xx, timeout).

    None of this changes an answer, so none of it is part of the cache key.
    """

    max_retries: int = 5
    base_s: float = 0.5
    max_s: float = 30.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based).

        A server's Retry-After wins (capped at ``max_s``); otherwise full jitter over an
        exponentially growing window, so a storm of clients does not retry in lockstep.
        """
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_s)
        window = min(self.max_s, self.base_s * (2**attempt))
        return rng.uniform(0.0, window)


def parse_retry_after(headers: dict[str, str] | None) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date); None if absent."""
    if not headers:
        return None
    lowered = {k.lower(): v for k, v in headers.items()}
    if (ms := lowered.get("retry-after-ms")) is not None:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """How to call a provider: none of it changes an answer, so none of it is in the cache key.

    Defined here, away from the SDK-backed provider, so the CLI can build one without importing
    the openai package (0.5 s of start-up).
    """

    concurrency: int = 8
    timeout_s: float = 120.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)


__all__ = ["ClientConfig", "RetryPolicy", "parse_retry_after"]
