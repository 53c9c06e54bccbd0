"""The OpenAI-compatible provider against a real HTTP server on 127.0.0.1 (the official SDK, unpatched).

The hosted APIs cannot be reached here, so ``FakeChatServer`` plays them over a real socket.
"""

from __future__ import annotations

import asyncio
import socket
import time

import pytest

from seccode.errors import ProviderError
from seccode.llm import ChatMessage, RetryPolicy, SamplingParams
from seccode.llm._openai import ClientConfig, OpenAICompatibleProvider
from seccode.llm.testing import GARBAGE, HANG, TRUNCATED, FakeChatServer, ok, status

HELLO = [ChatMessage("user", "hello")]


def _provider(server: FakeChatServer, config: ClientConfig, model: str = "m") -> OpenAICompatibleProvider:
    return OpenAICompatibleProvider(model, base_url=server.base_url, config=config)


async def test_completion_fields_and_params_passed_through(
    server: FakeChatServer, fast: ClientConfig
) -> None:
    server.script(ok("```python\nx = 1\n```", delay_s=0.05, finish_reason="length"))
    provider = _provider(server, fast)
    params = SamplingParams(temperature=0.7, top_p=0.9, seed=11, max_tokens=77)
    done = await provider.complete(HELLO, params)
    await provider.aclose()
    assert done.text == "```python\nx = 1\n```"
    assert (done.model, done.finish_reason, done.cached) == ("m", "length", False)
    assert done.prompt_tokens == 1 and done.completion_tokens == 5  # the server counts words
    assert done.latency_s >= 0.05
    body = server.calls[0]
    assert body["messages"] == [{"role": "user", "content": "hello"}]
    assert (body["temperature"], body["top_p"], body["seed"], body["max_tokens"]) == (0.7, 0.9, 11, 77)


async def test_none_params_are_not_sent(server: FakeChatServer, fast: ClientConfig) -> None:
    provider = _provider(server, fast)
    await provider.complete(HELLO, SamplingParams(temperature=None, max_tokens=None))
    await provider.aclose()
    assert not {"temperature", "top_p", "seed", "max_tokens"} & set(server.calls[0])


async def test_429_honours_retry_after(server: FakeChatServer, fast: ClientConfig) -> None:
    server.script(status(429, retry_after="0.4"))
    provider = _provider(server, fast)
    started = time.perf_counter()
    done = await provider.complete(HELLO, SamplingParams())
    await provider.aclose()
    assert time.perf_counter() - started >= 0.4
    assert done.text and len(server.calls) == 2


async def test_429_storm_gives_up_after_bounded_retries(fast: ClientConfig) -> None:
    with FakeChatServer(default=status(429, retry_after="0")) as server:
        provider = _provider(server, fast)
        with pytest.raises(ProviderError, match=r"failed after 3 attempts: HTTP 429"):
            await provider.complete(HELLO, SamplingParams())
        await provider.aclose()
        assert len(server.calls) == fast.retry.max_retries + 1


@pytest.mark.parametrize("fault", [status(500), status(502), status(503), GARBAGE, TRUNCATED, HANG])
async def test_transient_fault_is_retried(server: FakeChatServer, fast: ClientConfig, fault: object) -> None:
    server.script(fault)  # type: ignore[arg-type]
    provider = _provider(server, fast)
    done = await provider.complete(HELLO, SamplingParams())
    await provider.aclose()
    assert "def answer" in done.text
    assert len(server.calls) == 2


@pytest.mark.parametrize(
    ("fault", "message"),
    [(status(500), "HTTP 500"), (GARBAGE, "malformed response"), (HANG, "no answer within 0.5 s")],
)
async def test_persistent_fault_is_one_provider_error(
    fast: ClientConfig, fault: object, message: str
) -> None:
    with FakeChatServer(default=fault) as server:  # type: ignore[arg-type]
        provider = _provider(server, fast)
        started = time.perf_counter()
        with pytest.raises(ProviderError, match=message):
            await provider.complete(HELLO, SamplingParams())
        await provider.aclose()
        assert len(server.calls) == 3
        assert time.perf_counter() - started < 3.0  # bounded: 3 timeouts of 0.5 s plus short backoffs


async def test_401_is_not_retried(fast: ClientConfig) -> None:
    with FakeChatServer(api_key="right") as server:
        provider = OpenAICompatibleProvider("m", base_url=server.base_url, api_key="wrong", config=fast)
        with pytest.raises(ProviderError, match=r"refused the API key \(401\)"):
            await provider.complete(HELLO, SamplingParams())
        await provider.aclose()
        assert len(server.calls) == 1
        good = OpenAICompatibleProvider("m", base_url=server.base_url, api_key="right", config=fast)
        assert (await good.complete(HELLO, SamplingParams())).text
        await good.aclose()


async def test_unknown_model_is_one_error(server: FakeChatServer, fast: ClientConfig) -> None:
    provider = _provider(server, fast, model="gpt-9")
    with pytest.raises(ProviderError, match=r"does not know model 'gpt-9' \(404\)"):
        await provider.complete(HELLO, SamplingParams())
    await provider.aclose()
    assert len(server.calls) == 1


async def test_unreachable_server(fast: ClientConfig) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    provider = OpenAICompatibleProvider("m", base_url=f"http://127.0.0.1:{port}/v1", config=fast)
    with pytest.raises(ProviderError, match="cannot reach"):
        await provider.complete(HELLO, SamplingParams())
    await provider.aclose()
    assert provider.attempts == 3


async def test_concurrency_is_bounded() -> None:
    config = ClientConfig(concurrency=2, timeout_s=5.0, retry=RetryPolicy(max_retries=0))
    with FakeChatServer(default=ok(delay_s=0.15)) as server:
        provider = OpenAICompatibleProvider("m", base_url=server.base_url, config=config)
        started = time.perf_counter()
        await asyncio.gather(*(provider.complete(HELLO, SamplingParams(), sample=i) for i in range(6)))
        elapsed = time.perf_counter() - started
        await provider.aclose()
        assert server.max_in_flight == 2
        assert 0.45 <= elapsed < 1.5  # three waves of two


def test_zero_concurrency_is_refused() -> None:
    with pytest.raises(ProviderError, match="concurrency"):
        OpenAICompatibleProvider("m", base_url="http://127.0.0.1:1/v1", config=ClientConfig(concurrency=0))
