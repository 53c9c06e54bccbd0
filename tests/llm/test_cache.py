"""The SQLite response cache: what its key covers, persistence, and zero calls on an identical re-run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from seccode.llm import CachingProvider, ChatMessage, ResponseCache, RetryPolicy, SamplingParams, cache_key
from seccode.llm._openai import ClientConfig, OpenAICompatibleProvider
from seccode.llm.testing import FakeChatServer

HELLO = [ChatMessage("user", "hello")]
BASE = ("openai", "http://h/v1", "m", HELLO, SamplingParams(), 0)


def test_key_covers_what_changes_the_answer() -> None:
    key = cache_key(*BASE)
    assert key == cache_key(*BASE)
    variants = [
        ("vllm", *BASE[1:]),
        (BASE[0], "http://other/v1", *BASE[2:]),
        (*BASE[:2], "m2", *BASE[3:]),
        (*BASE[:3], [ChatMessage("user", "hello!")], *BASE[4:]),
        (*BASE[:3], [ChatMessage("system", "hello")], *BASE[4:]),
        (*BASE[:4], SamplingParams(temperature=0.2), 0),
        (*BASE[:4], SamplingParams(seed=1), 0),
        (*BASE[:4], SamplingParams(max_tokens=5), 0),
        (*BASE[:5], 1),
    ]
    keys = {cache_key(*v) for v in variants}  # type: ignore[arg-type]
    assert len(keys) == len(variants) and key not in keys


async def test_rerun_makes_zero_calls_and_ignores_timeouts(tmp_path: Path) -> None:
    """A second provider with other timeouts/retries/concurrency is served entirely from the cache."""
    db = tmp_path / "cache.sqlite"
    with FakeChatServer() as server:
        first = CachingProvider(OpenAICompatibleProvider("m", base_url=server.base_url), ResponseCache(db))
        answers = [await first.complete(HELLO, SamplingParams(), sample=i) for i in range(3)]
        await first.aclose()
        first.cache.close()
        assert first.calls == 3 and len(server.calls) == 3

        other = ClientConfig(concurrency=1, timeout_s=3.0, retry=RetryPolicy(max_retries=0))
        second = CachingProvider(
            OpenAICompatibleProvider("m", base_url=server.base_url, config=other), ResponseCache(db)
        )
        again = [await second.complete(HELLO, SamplingParams(), sample=i) for i in range(3)]
        assert second.calls == 0 and second.hits == 3 and len(server.calls) == 3
        assert [a.text for a in again] == [a.text for a in answers]
        assert all(a.cached and a.latency_s == 0.0 for a in again)
        assert again[0].completion_tokens == answers[0].completion_tokens
        await second.complete(HELLO, SamplingParams(temperature=0.5))
        await second.aclose()
        assert second.calls == 1 and len(server.calls) == 4


def test_cache_uses_wal(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "c.sqlite")
    assert len(cache) == 0
    cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
