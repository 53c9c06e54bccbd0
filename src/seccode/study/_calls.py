"""One model call for a study, recorded with its cost; and RQ2's detection prompt and answer parsing."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from seccode.llm import ChatMessage, Completion, Provider, SamplingParams, request_context
from seccode.store import ModelCall, content_hash
from seccode.study._prices import Prices

#: the paper's RQ2 prompt; <SN> is the CWE number and <Def> its name
DETECTION_TEMPLATE = (
    "Your task is to determine whether the following Python code is vulnerable to CWE-{sn}({definition}). "
    "Return True for vulnerable or False for invulnerable.\n{code}"
)
_WORD = re.compile(r"\b(true|false)\b", re.IGNORECASE)
_SECURE = re.compile(r"\b(not vulnerable|invulnerable|is secure|no vulnerabilit)", re.IGNORECASE)
_VULNERABLE = re.compile(r"\bvulnerable\b", re.IGNORECASE)


async def ask(
    provider: Provider,
    messages: Sequence[ChatMessage],
    *,
    task_id: str,
    stage: str,
    params: SamplingParams,
    sample: int = 0,
    prices: Prices | None = None,
) -> tuple[Completion, ModelCall]:
    """Call ``provider`` for ``task_id`` at ``stage``; the completion and the call's record."""
    with request_context(task_id, stage):
        done = await provider.complete(list(messages), params, sample=sample)
    prompt_hash = content_hash(json.dumps([m.to_json() for m in messages]))
    cost = (
        None
        if prices is None
        else prices.cost(provider.label, done.prompt_tokens, done.completion_tokens, cached=done.cached)
    )
    call = ModelCall(
        provider.label,
        provider.kind,
        prompt_hash,
        done.prompt_tokens,
        done.completion_tokens,
        done.latency_s,
        cost,
        done.cached,
    )
    return done, call


def detection_messages(cwe: int, definition: str, code: str) -> list[ChatMessage]:
    """The paper's detection question about ``code`` for CWE-``cwe``."""
    text = DETECTION_TEMPLATE.format(sn=cwe, definition=definition, code=code)
    return [ChatMessage("user", text)]


def parse_detection(text: str) -> bool | None:
    """A detection answer as True (vulnerable), False, or None when it says neither.

    The first ``True``/``False`` word decides (models often explain after answering); without one,
    "not vulnerable"/"invulnerable" reads as False and "vulnerable" as True.
    """
    word = _WORD.search(text)
    if word:
        return word.group(1).lower() == "true"
    if _SECURE.search(text):
        return False
    if _VULNERABLE.search(text):
        return True
    return None


def answer_word(value: bool | None) -> str:
    """The stored form of a parsed answer."""
    return "unparsable" if value is None else str(value).lower()


__all__ = ["DETECTION_TEMPLATE", "answer_word", "ask", "detection_messages", "parse_detection"]
