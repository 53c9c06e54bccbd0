"""Model providers (OpenAI-compatible, embedded local model, replay), the response cache, and prompts."""

from seccode.llm._cache import CachingProvider, ResponseCache, cache_key
from seccode.llm._context import RequestContext, current_request, request_context
from seccode.llm._prompts import (
    PRESETS,
    PromptSet,
    load_prompts,
    render_followup,
    render_generate,
    render_reask,
    render_repair,
)
from seccode.llm._provider import Provider
from seccode.llm._records import ChatMessage, Completion, SamplingParams
from seccode.llm._registry import (
    DEFAULT_MODEL,
    ENDPOINTS,
    ProviderOptions,
    get_provider,
    parse_spec,
    provider,
)
from seccode.llm._retry import RetryPolicy

__all__ = [
    "DEFAULT_MODEL",
    "ENDPOINTS",
    "PRESETS",
    "CachingProvider",
    "ChatMessage",
    "Completion",
    "PromptSet",
    "Provider",
    "ProviderOptions",
    "RequestContext",
    "ResponseCache",
    "RetryPolicy",
    "SamplingParams",
    "cache_key",
    "current_request",
    "get_provider",
    "load_prompts",
    "parse_spec",
    "provider",
    "render_followup",
    "render_generate",
    "render_reask",
    "render_repair",
    "request_context",
]
