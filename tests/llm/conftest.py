"""Fixtures for provider tests: a real chat-completions server on 127.0.0.1, fast retry settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from seccode.llm import RetryPolicy
from seccode.llm._openai import ClientConfig
from seccode.llm.testing import FakeChatServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: loads the real embedded model (tens of seconds)")


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    """A started scripted server that knows the model "m"."""
    with FakeChatServer(models=frozenset({"m"})) as srv:
        yield srv


@pytest.fixture
def fast() -> ClientConfig:
    """Short timeouts and backoffs so fault tests take milliseconds, not minutes."""
    return ClientConfig(
        concurrency=4, timeout_s=0.5, retry=RetryPolicy(max_retries=2, base_s=0.01, max_s=1.0)
    )
