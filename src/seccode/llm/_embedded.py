"""The embedded provider: a GGUF model run on the CPU by llama.cpp (the ``xllamacpp`` wheel).

xllamacpp's native server listens on 127.0.0.1 and speaks ``/v1/chat/completions``, so the same
OpenAI-compatible client drives it. Its in-process ``handle_chat_completions`` was measured ~15x
slower here (2.4 vs 37 tok/s), hence the local socket. One request at a time: on a small CPU,
parallel slots only split the same cores.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seccode.errors import ProviderError
from seccode.llm._model_files import EMBEDDED_MODELS, assemble, sha256_of
from seccode.llm._openai import ClientConfig, OpenAICompatibleProvider
from seccode.llm._provider import Provider
from seccode.llm._records import ChatMessage, Completion, SamplingParams
from seccode.llm._retry import RetryPolicy


def default_threads() -> int:
    """``$SECCODE_THREADS``, else one core fewer than the machine has (at most 8).

    llama.cpp's threads wait for each other at every layer, so one descheduled thread stalls them
    all: on 2 busy cores (the loop's own Semgrep runs beside the model) measured 17.7 tok/s with
    1 thread against 5.2 with 2.
    """
    value = os.environ.get("SECCODE_THREADS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return max(1, min((os.cpu_count() or 2) - 1, 8))


@dataclass(frozen=True, slots=True)
class EmbeddedConfig:
    """How to run the local model; none of it is in the cache key except through the model file."""

    threads: int = field(default_factory=default_threads)
    n_ctx: int = 8192
    timeout_s: float = 600.0


class EmbeddedProvider(Provider):
    """A local GGUF model; the server starts on the first call, so a fully cached run never loads it."""

    kind = "embedded"
    base_url = "local"  # the port changes every run; it must not change the cache key

    def __init__(self, path: Path, model: str, config: EmbeddedConfig | None = None) -> None:
        self.path = path
        self.model = model
        self.config = config or EmbeddedConfig()
        self._server: Any = None
        self._client: OpenAICompatibleProvider | None = None
        self._start_lock = asyncio.Lock()

    async def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams, *, sample: int = 0
    ) -> Completion:
        """One completion from the local model (loading it first if needed)."""
        client = await self._ensure_started()
        done = await client.complete(messages, params, sample=sample)
        return Completion(
            done.text,
            self.model,
            done.prompt_tokens,
            done.completion_tokens,
            done.latency_s,
            done.finish_reason,
        )

    async def _ensure_started(self) -> OpenAICompatibleProvider:
        async with self._start_lock:
            if self._client is None:
                key = secrets.token_hex(16)  # other local users must not drive our server
                self._server = await asyncio.to_thread(_start_server, self.path, self.config, key)
                address = str(self._server.listening_address)
                base = address if address.startswith("http") else f"http://{address}"
                self._client = OpenAICompatibleProvider(
                    "local",
                    base_url=f"{base}/v1",
                    api_key=key,
                    kind="embedded",
                    config=ClientConfig(
                        concurrency=1,
                        timeout_s=self.config.timeout_s,
                        retry=RetryPolicy(max_retries=1, base_s=0.5),
                    ),
                )
            return self._client

    async def aclose(self) -> None:
        """Close the client and stop the model server."""
        if self._client is not None:
            await self._client.aclose()
        self._client = None
        self._server = None  # xllamacpp stops its server when the object is released


def _start_server(path: Path, config: EmbeddedConfig, key: str) -> Any:
    try:
        import xllamacpp
    except ImportError:
        raise ProviderError("the embedded model needs xllamacpp: pip install 'seccode[embedded]'") from None
    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = config.n_ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = config.threads
    params.cpuparams_batch.n_threads = config.threads
    params.offline = True  # never reach for a model hub
    params.verbosity = 0
    params.api_keys = [key]
    try:
        return xllamacpp.Server(params)
    except Exception as exc:  # the native layer raises plain RuntimeError/ValueError
        raise ProviderError(f"llama.cpp could not load {path}: {exc}") from None


def embedded_model(name: str, config: EmbeddedConfig | None = None) -> EmbeddedProvider:
    """The provider for a bundled model name (``qwen2.5-coder-0.5b``), assembling its file if needed."""
    model = EMBEDDED_MODELS.get(name)
    if model is None:
        raise ProviderError(f"unknown embedded model {name!r}; choose one of: {', '.join(EMBEDDED_MODELS)}")
    return EmbeddedProvider(assemble(model), name, config)


def gguf_model(
    path: str, sha256: str | None = None, config: EmbeddedConfig | None = None
) -> EmbeddedProvider:
    """The provider for any GGUF file; the model id is its digest, so a changed file misses the cache."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise ProviderError(f"model file not found: {file}")
    digest = sha256_of(file)
    if sha256 is not None and digest != sha256.lower():
        raise ProviderError(f"SHA-256 mismatch for {file}: expected {sha256.lower()}, got {digest}")
    return EmbeddedProvider(file, f"gguf:{digest[:16]}", config)


__all__ = ["EmbeddedConfig", "EmbeddedProvider", "embedded_model", "gguf_model"]
