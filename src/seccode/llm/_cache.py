"""A response cache in SQLite, keyed by a hash of only what changes the answer.

The key covers the provider kind, base URL, model, messages, sampling parameters and sample index;
never timeouts, retries or concurrency. An identical re-run therefore calls no model, and a run
interrupted with Ctrl-C resumes from the answers already stored (each is committed on arrival).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from seccode.llm._provider import Provider
from seccode.llm._records import ChatMessage, Completion, SamplingParams

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    completion TEXT NOT NULL,
    created REAL NOT NULL
)
"""
KEY_VERSION = 1  # bump when the key's shape changes, so old entries stop matching


def cache_key(
    kind: str, base_url: str, model: str, messages: Sequence[ChatMessage], params: SamplingParams, sample: int
) -> str:
    """The SHA-256 of the canonical JSON of everything that changes an answer."""
    payload = {
        "v": KEY_VERSION,
        "kind": kind,
        "base_url": base_url,
        "model": model,
        "messages": [m.to_json() for m in messages],
        "params": params.to_json(),
        "sample": sample,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    """A thread-safe SQLite key -> completion store (WAL, so readers never block the writer)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get(self, key: str) -> Completion | None:
        """The stored completion for ``key``, or None."""
        with self._lock:
            row = self._db.execute("SELECT completion FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return Completion.from_json(data) if isinstance(data, dict) else None

    def put(self, key: str, completion: Completion) -> None:
        """Store ``completion`` under ``key`` and commit at once."""
        text = json.dumps(completion.to_json(), ensure_ascii=False)
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?, ?)", (key, text, time.time()))
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


class CachingProvider(Provider):
    """Wraps a provider: answers from the cache when it can, and stores every fresh answer.

    ``calls`` counts requests passed on to the wrapped provider; ``hits`` counts cache answers.
    """

    def __init__(self, inner: Provider, cache: ResponseCache) -> None:
        self.inner = inner
        self.cache = cache
        self.kind, self.model, self.base_url = inner.kind, inner.model, inner.base_url
        self.calls = 0
        self.hits = 0

    async def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams, *, sample: int = 0
    ) -> Completion:
        """The cached answer, or the wrapped provider's (then stored)."""
        key = cache_key(self.inner.kind, self.inner.base_url, self.inner.model, messages, params, sample)
        found = self.cache.get(key)
        if found is not None:
            self.hits += 1
            return Completion(
                found.text,
                found.model,
                found.prompt_tokens,
                found.completion_tokens,
                0.0,
                found.finish_reason,
                cached=True,
            )
        self.calls += 1
        completion = await self.inner.complete(messages, params, sample=sample)
        self.cache.put(key, completion)
        return completion

    async def aclose(self) -> None:
        """Close the wrapped provider (the cache may be shared, so it stays open)."""
        await self.inner.aclose()


__all__ = ["KEY_VERSION", "CachingProvider", "ResponseCache", "cache_key"]
