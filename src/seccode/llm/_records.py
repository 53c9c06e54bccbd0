"""The records a model provider speaks: chat messages, sampling parameters, and a completion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message."""

    role: Role
    content: str

    def to_json(self) -> dict[str, str]:
        """The chat-completions wire shape."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True, slots=True)
class SamplingParams:
    """What changes a model's answer (and so is part of the cache key); None means the provider default."""

    temperature: float | None = 0.0
    top_p: float | None = None
    seed: int | None = None
    max_tokens: int | None = 1024

    def to_json(self) -> dict[str, float | int | None]:
        """A plain dict, for cache keys and request bodies."""
        return {
            "temperature": self.temperature,
            "top_p": self.top_p,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
        }


@dataclass(frozen=True, slots=True)
class Completion:
    """One model answer and what it cost.

    ``latency_s`` is the wall time of the call that produced it (0.0 when served from a cache or a
    replay); ``cached`` says whether a model was called at all.
    """

    text: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    latency_s: float
    finish_reason: str
    cached: bool = False

    def to_json(self) -> dict[str, object]:
        """A plain dict, for the cache and run histories."""
        return {
            "text": self.text,
            "model": self.model,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "latency_s": self.latency_s,
            "finish_reason": self.finish_reason,
            "cached": self.cached,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Completion:
        """Inverse of :meth:`to_json`."""
        return cls(
            text=str(data["text"]),
            model=str(data["model"]),
            prompt_tokens=_int(data.get("prompt_tokens")),
            completion_tokens=_int(data.get("completion_tokens")),
            latency_s=float(str(data.get("latency_s", 0.0))),
            finish_reason=str(data.get("finish_reason", "stop")),
            cached=bool(data.get("cached", False)),
        )


def _int(value: object) -> int:
    return int(value) if isinstance(value, int | float | str) and str(value).strip() else 0


__all__ = ["ChatMessage", "Completion", "Role", "SamplingParams"]
