"""The real embedded model: assembled from its PyPI part packages, loaded by llama.cpp, answering."""

from __future__ import annotations

import importlib.util

import pytest

from seccode.llm import ChatMessage, SamplingParams, get_provider

pytestmark = pytest.mark.slow


@pytest.mark.skipif(importlib.util.find_spec("xllamacpp") is None, reason="needs seccode[embedded]")
async def test_embedded_model_answers_a_tiny_prompt() -> None:
    provider = get_provider("embedded")
    assert provider.label == "embedded:qwen2.5-coder-0.5b" and provider.base_url == "local"
    prompt = [ChatMessage("user", "Write a Python function add(a, b) that returns a + b. Only code.")]
    done = await provider.complete(prompt, SamplingParams(temperature=0.0, max_tokens=48))
    await provider.aclose()
    assert "def add" in done.text
    assert done.completion_tokens > 0 and done.prompt_tokens > 0 and done.latency_s > 0
