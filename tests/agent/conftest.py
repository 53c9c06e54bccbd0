"""Fixtures: a scripted model on a real local server, a SQL-injection task, and Bandit as the analyzer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from loop_script import PROMPT, default_model

from seccode.llm import RetryPolicy
from seccode.llm._openai import ClientConfig, OpenAICompatibleProvider
from seccode.llm.testing import FakeChatServer
from seccode.scanners import Analyzer, get_analyzers
from seccode.tasks import Task


@pytest.fixture
def task() -> Task:
    return Task("CWE-089/get_user.py", PROMPT, 89, "test")


@pytest.fixture(scope="session")
def bandit() -> list[Analyzer]:
    return get_analyzers(["bandit"])


@pytest.fixture
def model_server() -> Iterator[FakeChatServer]:
    with FakeChatServer(default_model) as srv:
        yield srv


@pytest.fixture
async def model(model_server: FakeChatServer) -> AsyncIterator[OpenAICompatibleProvider]:
    config = ClientConfig(timeout_s=2.0, retry=RetryPolicy(max_retries=1, base_s=0.01))
    provider = OpenAICompatibleProvider("m", base_url=model_server.base_url, config=config)
    yield provider
    await provider.aclose()
