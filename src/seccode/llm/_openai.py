"""The OpenAI-compatible provider (OpenAI, NVIDIA NIM, vLLM, Ollama, llama.cpp server) via the official SDK.

The SDK's own retries are off (``max_retries=0``): we retry ourselves so the count is bounded,
Retry-After is honoured, and every attempt is visible to the concurrency limit.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Sequence
from typing import Any

import openai

from seccode.errors import ProviderError
from seccode.llm._provider import Provider
from seccode.llm._records import ChatMessage, Completion, SamplingParams
from seccode.llm._retry import ClientConfig, parse_retry_after

_NO_KEY = "no-key"  # local servers (vLLM, Ollama, llama.cpp) ignore the key, but the SDK wants one


class _Transient(Exception):
    """A failure worth retrying, with the server's Retry-After when it gave one."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OpenAICompatibleProvider(Provider):
    """Chat completions from any server speaking OpenAI's ``/v1/chat/completions``."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        config: ClientConfig | None = None,
        kind: str = "openai",
        seed: int = 0,
    ) -> None:
        if not model:
            raise ProviderError("an OpenAI-compatible model needs a name, e.g. openai:gpt-4o")
        self.kind = kind
        self.model = model
        self.base_url = base_url or "https://api.openai.com/v1"
        self.config = config or ClientConfig()
        if self.config.concurrency < 1:
            raise ProviderError(f"concurrency must be at least 1, got {self.config.concurrency}")
        self._client = openai.AsyncOpenAI(
            api_key=api_key or _NO_KEY, base_url=self.base_url, max_retries=0, timeout=self.config.timeout_s
        )
        self._slots = asyncio.Semaphore(self.config.concurrency)
        self._rng = random.Random(seed)
        self.attempts = 0  # HTTP requests sent, retries included

    async def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams, *, sample: int = 0
    ) -> Completion:
        """One completion, retrying transient failures up to ``config.retry.max_retries`` times."""
        policy = self.config.retry
        last = "no attempt made"
        for attempt in range(policy.max_retries + 1):
            try:
                # hold a slot only while a request is in flight, not while backing off
                async with self._slots:
                    return await self._attempt(messages, params)
            except _Transient as exc:
                last = str(exc)
                if attempt == policy.max_retries:
                    break
                await asyncio.sleep(policy.delay(attempt, exc.retry_after, self._rng))
        raise ProviderError(
            f"{self.label} at {self.base_url} failed after {policy.max_retries + 1} attempts: {last}"
        )

    async def _attempt(self, messages: Sequence[ChatMessage], params: SamplingParams) -> Completion:
        self.attempts += 1
        extra: dict[str, Any] = {k: v for k, v in params.to_json().items() if v is not None}
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.config.timeout_s + 5.0):  # backstop if the socket timeout slips
                response = await self._client.chat.completions.create(
                    model=self.model,
                    messages=[m.to_json() for m in messages],  # type: ignore[misc]
                    timeout=self.config.timeout_s,
                    **extra,
                )
        except openai.AuthenticationError as exc:
            raise ProviderError(f"{self.base_url} refused the API key (401): {_message(exc)}") from None
        except openai.PermissionDeniedError as exc:
            raise ProviderError(f"{self.base_url} denied access (403): {_message(exc)}") from None
        except openai.NotFoundError as exc:
            raise ProviderError(
                f"{self.base_url} does not know model {self.model!r} (404): {_message(exc)}"
            ) from None
        except openai.APIStatusError as exc:
            if exc.status_code == 429 or exc.status_code >= 500:
                headers = dict(exc.response.headers.items())
                raise _Transient(f"HTTP {exc.status_code}", parse_retry_after(headers)) from None
            raise ProviderError(
                f"{self.base_url} rejected the request ({exc.status_code}): {_message(exc)}"
            ) from None
        except (openai.APITimeoutError, TimeoutError):
            raise _Transient(f"no answer within {self.config.timeout_s:g} s") from None
        except openai.APIConnectionError as exc:
            raise _Transient(f"cannot reach {self.base_url}: {exc.__cause__ or exc}") from None
        except (openai.APIResponseValidationError, ValueError) as exc:
            raise _Transient(f"malformed response: {str(exc)[:120]}") from None
        latency = time.perf_counter() - started
        return _to_completion(response, self.model, latency)

    async def aclose(self) -> None:
        """Close the HTTP connection pool."""
        await self._client.close()


def _to_completion(response: Any, model: str, latency: float) -> Completion:
    choices = getattr(response, "choices", None)
    if not choices:  # a 200 that is not a chat completion (garbage a proxy may return)
        raise _Transient(f"malformed response: {str(response)[:120]!r}")
    choice = choices[0]
    usage = getattr(response, "usage", None)
    return Completion(
        text=(choice.message.content or "") if choice.message else "",
        model=getattr(response, "model", None) or model,
        prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
        completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
        latency_s=latency,
        finish_reason=str(choice.finish_reason or "unknown"),
    )


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and "message" in inner:
            return str(inner["message"])
    return str(exc.message)


__all__ = ["ClientConfig", "OpenAICompatibleProvider"]
