"""Model specs (``openai:gpt-4o``, ``embedded``, ``gguf:PATH``, ``replay:paper:gpt-4``) -> providers.

Providers register through a decorated factory; a factory imports its SDK only when called, so
``seccode --help`` never loads ``openai`` or llama.cpp.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seccode.errors import ProviderError

if TYPE_CHECKING:
    from seccode.llm._embedded import EmbeddedConfig
    from seccode.llm._provider import Provider
    from seccode.llm._retry import ClientConfig

DEFAULT_MODEL = "embedded"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An OpenAI-compatible service: its default base URL and the env var holding its key."""

    base_url: str
    key_env: str | None  # None: a local server that needs no key


#: per-endpoint quirks are data, not code
ENDPOINTS: dict[str, Endpoint] = {
    "openai": Endpoint("https://api.openai.com/v1", "OPENAI_API_KEY"),
    "nim": Endpoint("https://integrate.api.nvidia.com/v1", "NVIDIA_API_KEY"),
    "vllm": Endpoint("http://127.0.0.1:8000/v1", None),
    "ollama": Endpoint("http://127.0.0.1:11434/v1", None),
    "llamacpp": Endpoint("http://127.0.0.1:8080/v1", None),
}


@dataclass(frozen=True, slots=True)
class ProviderOptions:
    """What the command line adds to a model spec.

    ``base_url`` overrides the endpoint's (else ``$SECCODE_BASE_URL``); ``api_key_env`` names the
    env var holding the key (else the endpoint's own, e.g. ``OPENAI_API_KEY``).
    """

    base_url: str | None = None
    api_key_env: str | None = None
    client: ClientConfig | None = None
    embedded: EmbeddedConfig | None = None


Factory = Callable[[str, ProviderOptions], "Provider"]
_FACTORIES: dict[str, Factory] = {}


def provider(*kinds: str) -> Callable[[Factory], Factory]:
    """Register a factory for the spec prefixes ``kinds``."""

    def wrap(factory: Factory) -> Factory:
        for kind in kinds:
            _FACTORIES[kind] = factory
        return factory

    return wrap


def parse_spec(spec: str | None) -> tuple[str, str]:
    """Split ``kind:rest``; no spec means the embedded default, and a bare ``kind`` has an empty rest."""
    text = (spec or DEFAULT_MODEL).strip()
    kind, _, rest = text.partition(":")
    if kind not in _FACTORIES:
        known = ", ".join(sorted(_FACTORIES))
        raise ProviderError(
            f"unknown model spec {text!r}: the prefix must be one of {known} (e.g. openai:gpt-4o)"
        )
    return kind, rest


def get_provider(spec: str | None, options: ProviderOptions | None = None) -> Provider:
    """The provider a model spec names (``None``: the embedded default)."""
    kind, rest = parse_spec(spec)
    return _FACTORIES[kind](f"{kind}:{rest}" if rest else kind, options or ProviderOptions())


@provider(*ENDPOINTS)
def _openai_compatible(spec: str, options: ProviderOptions) -> Provider:
    from seccode.llm._openai import OpenAICompatibleProvider

    kind, _, model = spec.partition(":")
    if not model:
        raise ProviderError(f"{kind} needs a model name, e.g. {kind}:MODEL")
    endpoint = ENDPOINTS[kind]
    base_url = options.base_url or os.environ.get("SECCODE_BASE_URL") or endpoint.base_url
    key_env = options.api_key_env or endpoint.key_env
    key = os.environ.get(key_env) if key_env else None
    if not key and options.api_key_env:
        raise ProviderError(f"the API key variable {options.api_key_env} is not set")
    if not key and base_url == endpoint.base_url and endpoint.key_env:
        raise ProviderError(
            f"set {endpoint.key_env} to call {base_url} (or give --base-url for a local server)"
        )
    return OpenAICompatibleProvider(model, base_url=base_url, api_key=key, config=options.client, kind=kind)


@provider("embedded")
def _embedded(spec: str, options: ProviderOptions) -> Provider:
    from seccode.llm._embedded import embedded_model
    from seccode.llm._model_files import DEFAULT_EMBEDDED

    _, _, name = spec.partition(":")
    return embedded_model(name or DEFAULT_EMBEDDED, options.embedded)


@provider("gguf")
def _gguf(spec: str, options: ProviderOptions) -> Provider:
    from seccode.llm._embedded import gguf_model

    _, _, path = spec.partition(":")
    if not path:
        raise ProviderError("gguf needs a file, e.g. gguf:/models/model.gguf")
    return gguf_model(path, config=options.embedded)


@provider("replay")
def _replay(spec: str, options: ProviderOptions) -> Provider:
    from seccode.llm._replay import replay_provider

    _, _, rest = spec.partition(":")
    return replay_provider(rest)


__all__ = [
    "DEFAULT_MODEL",
    "ENDPOINTS",
    "Endpoint",
    "ProviderOptions",
    "get_provider",
    "parse_spec",
    "provider",
]
