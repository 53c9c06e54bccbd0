"""The provider interface: one async chat completion."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from seccode.llm._records import ChatMessage, Completion, SamplingParams


class Provider(ABC):
    """A source of chat completions (a hosted API, the embedded model, a replay of recorded answers).

    ``kind`` names the provider family and ``model`` the model; with ``base_url`` they identify whose
    answer a completion is (and key the response cache).
    """

    kind: str = "abstract"
    model: str = ""
    base_url: str = ""

    @abstractmethod
    async def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams, *, sample: int = 0
    ) -> Completion:
        """Answer ``messages``; ``sample`` distinguishes repeated draws of the same request.

        Raises :class:`seccode.errors.ProviderError` when retries cannot help.
        """

    async def aclose(self) -> None:  # noqa: B027 - an optional hook, not abstract
        """Release connections, processes or files; the default holds none."""

    @property
    def label(self) -> str:
        """``kind:model``, for tables and file names."""
        return f"{self.kind}:{self.model}"


__all__ = ["Provider"]
