"""Model specs -> providers, and the one-line errors for specs that cannot work."""

from __future__ import annotations

from pathlib import Path

import pytest

from seccode.errors import ProviderError
from seccode.llm import ProviderOptions, get_provider, parse_spec
from seccode.llm._openai import OpenAICompatibleProvider


def test_parse_spec() -> None:
    assert parse_spec(None) == ("embedded", "")
    assert parse_spec("openai:gpt-4o") == ("openai", "gpt-4o")
    assert parse_spec("gguf:/m/x.gguf") == ("gguf", "/m/x.gguf")
    assert parse_spec("replay:paper:gpt-4") == ("replay", "paper:gpt-4")
    with pytest.raises(ProviderError, match="unknown model spec 'gpt-4o'"):
        parse_spec("gpt-4o")


def test_openai_needs_a_key_for_the_hosted_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("SECCODE_BASE_URL", raising=False)
    with pytest.raises(ProviderError, match="set OPENAI_API_KEY"):
        get_provider("openai:gpt-4o")
    with pytest.raises(ProviderError, match="needs a model name"):
        get_provider("openai")


def test_base_url_from_option_or_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("SECCODE_BASE_URL", "http://127.0.0.1:9/v1")
    from_env = get_provider("openai:llama3")
    assert isinstance(from_env, OpenAICompatibleProvider) and from_env.base_url == "http://127.0.0.1:9/v1"
    from_flag = get_provider("openai:llama3", ProviderOptions(base_url="http://127.0.0.1:7/v1"))
    assert from_flag.base_url == "http://127.0.0.1:7/v1" and from_flag.label == "openai:llama3"
    monkeypatch.delenv("SECCODE_BASE_URL")
    assert get_provider("ollama:qwen2.5-coder").base_url == "http://127.0.0.1:11434/v1"


def test_named_key_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MY_KEY", raising=False)
    with pytest.raises(ProviderError, match="MY_KEY is not set"):
        get_provider("nim:meta/llama", ProviderOptions(api_key_env="MY_KEY"))
    monkeypatch.setenv("MY_KEY", "k")
    assert get_provider("nim:meta/llama", ProviderOptions(api_key_env="MY_KEY")).kind == "nim"


def test_unknown_embedded_model_and_missing_gguf(tmp_path: Path) -> None:
    with pytest.raises(ProviderError, match="unknown embedded model 'tiny'"):
        get_provider("embedded:tiny")
    with pytest.raises(ProviderError, match="model file not found"):
        get_provider(f"gguf:{tmp_path / 'absent.gguf'}")
    with pytest.raises(ProviderError, match="gguf needs a file"):
        get_provider("gguf")


def test_gguf_model_id_is_its_digest(tmp_path: Path) -> None:
    from seccode.llm._embedded import gguf_model

    file = tmp_path / "m.gguf"
    file.write_bytes(b"GGUF fake weights")
    provider = get_provider(f"gguf:{file}")
    assert provider.model.startswith("gguf:") and len(provider.model) == 21
    with pytest.raises(ProviderError, match="SHA-256 mismatch"):
        gguf_model(str(file), sha256="0" * 64)
