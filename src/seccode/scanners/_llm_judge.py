"""``llm-judge``: a model asked the paper's RQ2 question, "is this code vulnerable to CWE-N?".

The question and the answer parsing are the study's own (:func:`seccode.study.parse_detection` and
the RQ2 prompt), so a scan's judge and the study's RQ2 judge are the same instrument, and through a
shared response cache the same answers.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from seccode.errors import ProviderError
from seccode.scanners._base import Analyzer
from seccode.scanners._finding import AnalyzerOutput, Finding, Level, Program

if TYPE_CHECKING:
    # seccode.llm imports seccode.scanners (prompts render findings), so at run time the model side
    # is imported inside the methods that call a model, never while this package initialises
    from seccode.llm import Provider, ProviderOptions, ResponseCache, SamplingParams

T = TypeVar("T")

#: how many programs are judged at once (the provider's own client bound still applies; the
#: embedded model takes one request at a time whatever this says)
DEFAULT_CONCURRENCY = 4
_EXCERPT = 160  # characters of the model's answer quoted in a finding or an error


@dataclass(frozen=True, slots=True)
class JudgeSettings:
    """Which model judges, and how it is called.

    ``model`` is a model spec as ``seccode run`` takes it (``embedded``, ``openai:gpt-4o``...; None
    is the embedded default). ``options`` carry the base URL, key variable and client limits (none
    of them in the cache key). With ``cache`` set, answers are read from and stored in that
    response cache, so an identical re-scan calls no model. ``params`` default to greedy decoding.
    """

    model: str | None = None
    options: ProviderOptions | None = None
    cache: Path | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    params: SamplingParams | None = None


class LLMJudgeAnalyzer(Analyzer):
    """Asks a language model whether each program is vulnerable to its target CWE.

    For every program with a target CWE the model gets the question of Gong et al.'s RQ2, verbatim:
    "determine whether the following Python code is vulnerable to CWE-N(name). Return True for
    vulnerable or False for invulnerable." A ``True`` answer becomes one finding: scanner
    ``llm-judge``, rule ``llm-judge:<model>``, the target CWE, severity MEDIUM, confidence LOW,
    spanning the whole program (the model names no line). ``False`` gives no finding; an answer that
    says neither becomes an error entry for that program, as does a provider failure (the rest of
    the batch goes on). A program without a target CWE is not asked about: there is no question.

    How to weigh it: the paper measured models' yes/no answers to this question as barely better
    than chance. The finding therefore has LOW confidence, which the verdict policy treats as
    supporting evidence only: on its own it never makes a program vulnerable, it is listed beside
    the findings that do. Read it as a second opinion to look at, not as a detection.

    Not among the default analyzers: one model call per program is slow on a CPU. Name it:
    ``seccode scan --analyzers bandit,semgrep,llm-judge [--judge-model openai:gpt-4o]``.
    """

    name = "llm-judge"
    # the runner calls scan from a worker thread, where asyncio.run may start a fresh event loop
    runs_in_subprocess = True

    def __init__(self, settings: JudgeSettings | None = None) -> None:
        self.settings = settings or JudgeSettings()
        if self.settings.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {self.settings.concurrency}")

    def available(self) -> bool:
        """Whether the model spec can be served here, checked without a network or loading a model."""
        return _why_unavailable(self.settings) is None

    def unavailable_reason(self) -> str:
        """Why the judge's model cannot be served."""
        return f"analyzer 'llm-judge' cannot use its model: {_why_unavailable(self.settings) or 'unknown'}"

    def version(self) -> str:
        """The model spec and a digest of the question's wording: either changes the answers."""
        from seccode.llm import DEFAULT_MODEL
        from seccode.study import DETECTION_TEMPLATE

        wording = hashlib.sha256(DETECTION_TEMPLATE.encode()).hexdigest()[:8]
        return f"{self.settings.model or DEFAULT_MODEL} rq2-prompt:{wording}"

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """Ask about every program with a target CWE, a bounded number at a time."""
        if not any(p.cwe is not None for p in programs):
            return [AnalyzerOutput(p.id) for p in programs]
        return _run(lambda: self._scan(programs))

    async def _scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        # a provider and a cache per scan: their connections and locks belong to this event loop
        cache = None
        try:
            provider, cache = _open(self.settings)
        except ProviderError as exc:
            return [_error(p, str(exc)) if p.cwe is not None else AnalyzerOutput(p.id) for p in programs]
        slots = asyncio.Semaphore(self.settings.concurrency)
        try:
            return list(await asyncio.gather(*(self._judge(provider, p, slots) for p in programs)))
        finally:
            await provider.aclose()
            if cache is not None:
                cache.close()

    async def _judge(self, provider: Provider, program: Program, slots: asyncio.Semaphore) -> AnalyzerOutput:
        from seccode.cwe import get_catalogue
        from seccode.llm import SamplingParams, request_context
        from seccode.study import parse_detection
        from seccode.study._calls import detection_messages

        cwe = program.cwe
        if cwe is None:
            return AnalyzerOutput(program.id)
        # the study's own wording for <Def>, so the cache serves the study's RQ2 answers too
        definition = get_catalogue().name(cwe) or "an unknown weakness"
        messages = detection_messages(cwe, definition, program.code)
        try:
            async with slots:
                with request_context(program.id, "detect"):  # the study's stage name
                    done = await provider.complete(messages, self.settings.params or SamplingParams())
        except ProviderError as exc:  # its message names the model, the URL and what went wrong
            return _error(program, str(exc))
        except Exception as exc:  # one failed call must not lose the batch's other answers
            return _error(program, f"{provider.label} failed: {type(exc).__name__}: {exc}")
        said = parse_detection(done.text)
        if said is None:
            return _error(program, f"{provider.label} gave no True/False answer: {_excerpt(done.text)!r}")
        if not said:
            return AnalyzerOutput(program.id)
        name = get_catalogue().name(cwe)
        target = f"CWE-{cwe}" + (f", {name}," if name else "")
        finding = Finding.create(
            scanner=self.name,
            rule_id=f"{self.name}:{provider.model}",
            cwe=cwe,
            severity=Level.MEDIUM,
            confidence=Level.LOW,
            path=program.path or program.id,
            start_line=1,
            end_line=max(len(program.code.splitlines()), 1),
            message=f"{provider.label} answered that this program is vulnerable to {target} "
            f"naming no line (an LLM's yes/no: weak evidence); it said: {_excerpt(done.text)}",
            code=program.code,
        )
        return AnalyzerOutput(program.id, (finding,))


def _open(settings: JudgeSettings) -> tuple[Provider, ResponseCache | None]:
    from seccode.llm import CachingProvider, ResponseCache, get_provider

    inner = get_provider(settings.model, settings.options)
    # replayed answers are recordings already; caching them would only copy them
    if settings.cache is None or inner.kind == "replay":
        return inner, None
    cache = ResponseCache(settings.cache)
    return CachingProvider(inner, cache), cache


def _why_unavailable(settings: JudgeSettings) -> str | None:
    """Why ``settings.model`` cannot be served, or None; never loads or assembles a model."""
    from seccode.llm import get_provider, parse_spec

    try:
        kind, rest = parse_spec(settings.model)
    except ProviderError as exc:
        return str(exc)
    if kind in ("embedded", "gguf"):
        return _local_model_missing(kind, rest)
    try:  # building a client opens no connection
        provider = get_provider(settings.model, settings.options)
    except ProviderError as exc:
        return str(exc)
    _run(provider.aclose)
    return None


def _local_model_missing(kind: str, rest: str) -> str | None:
    from seccode.llm._model_files import DEFAULT_EMBEDDED, EMBEDDED_MODELS, cache_dir, part_files

    if importlib.util.find_spec("xllamacpp") is None:
        return "the embedded model needs xllamacpp: pip install 'seccode[embedded]'"
    if kind == "gguf":
        return None if rest and Path(rest).expanduser().is_file() else f"model file not found: {rest!r}"
    model = EMBEDDED_MODELS.get(rest or DEFAULT_EMBEDDED)
    if model is None:
        return f"unknown embedded model {rest!r}; choose one of: {', '.join(EMBEDDED_MODELS)}"
    if (cache_dir() / model.filename).is_file():
        return None
    try:  # the part packages are installed: the model is assembled on the first call
        part_files(model)
    except ProviderError as exc:
        return str(exc)
    return None


def _run(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run the coroutine ``make()`` to completion from synchronous code.

    ``asyncio.run`` refuses to start inside a running event loop, so from there (a caller that is
    itself async) the coroutine gets a fresh loop in a helper thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="llm-judge") as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def _error(program: Program, message: str) -> AnalyzerOutput:
    return AnalyzerOutput(program.id, error=f"llm-judge: {message}")


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 3] + "..."


__all__ = ["DEFAULT_CONCURRENCY", "JudgeSettings", "LLMJudgeAnalyzer"]
