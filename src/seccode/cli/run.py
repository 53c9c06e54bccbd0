"""``seccode run``: the generate -> scan -> repair loop over a set of tasks, with a summary table.

Exit codes: 0 every task ends clean; 1 some task is still vulnerable or got no code; 2 usage,
input or provider error (one line). Every finished task is saved at once, so an interrupted run
keeps its results and a re-run resumes from the response cache.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from seccode._atomic import write_atomic
from seccode.agent import LoopConfig, LoopHistory, RunConfig, RunSummary, run_tasks, summarize, write_history
from seccode.errors import InputError, ProviderError
from seccode.llm import PRESETS, CachingProvider, Provider, ProviderOptions, ResponseCache, SamplingParams
from seccode.llm import get_provider as _get_provider
from seccode.llm._model_files import cache_dir
from seccode.llm._retry import ClientConfig, RetryPolicy
from seccode.scanners import get_analyzers, parse_analyzer_names
from seccode.tasks import load_tasks

EXIT_CLEAN, EXIT_FLAGGED = 0, 1


def add_model_options(parser: argparse.ArgumentParser, *, roles: tuple[str, ...]) -> None:
    """Model, sampling, client and cache options shared by run, generate and repair."""
    for role in roles:
        parser.add_argument(
            f"--{role}",
            metavar="M",
            help="model spec: embedded (default), embedded:qwen2.5-coder-1.5b, "
            "gguf:PATH, openai:MODEL, nim:MODEL, ollama:MODEL, vllm:MODEL, replay:paper:gpt-4",
        )
    parser.add_argument("--base-url", help="base URL of an OpenAI-compatible server (else $SECCODE_BASE_URL)")
    parser.add_argument(
        "--api-key-env", metavar="VAR", help="env var holding the API key (default per provider)"
    )
    parser.add_argument(
        "--prompts", choices=PRESETS, default="default", help="prompt preset (default: default)"
    )
    parser.add_argument("--temperature", type=float, default=0.0)
    parser.add_argument("--top-p", type=float, default=None)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-tokens", type=int, default=1024)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per model call (default 120)")
    parser.add_argument("--retries", type=int, default=5, help="retries of 429/5xx/timeouts (default 5)")
    parser.add_argument(
        "--concurrency",
        type=int,
        default=8,
        help="model requests at once (default 8; the embedded model takes one at a time whatever this says)",
    )
    parser.add_argument(
        "--cache", metavar="FILE", help="response cache (default: $SECCODE_CACHE/responses.sqlite)"
    )
    parser.add_argument("--no-cache", action="store_true", help="always call the model")


def register(sub: Any) -> None:
    """Add the ``run`` command."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "run",
        help="generate, scan and repair code for a set of tasks",
        description="Run the generate -> scan -> repair loop on TASKS ('examples', a .jsonl file or a folder "
        "of prompts). Final code and a JSON history per task go to --out DIR.",
    )
    parser.add_argument(
        "tasks", metavar="TASKS", help="'examples', a tasks .jsonl, SecurityEval's .jsonl, or a folder"
    )
    add_model_options(parser, roles=("generator", "repairer"))
    parser.add_argument(
        "--max-rounds", type=int, default=5, help="repair rounds after generation (default 5)"
    )
    parser.add_argument(
        "--analyzers", metavar="A,B", help="comma-separated: bandit,semgrep,codeql (default: all installed)"
    )
    parser.add_argument(
        "--out", default="runs/latest", metavar="DIR", help="output folder (default runs/latest)"
    )
    parser.set_defaults(handler=run)


def sampling(args: argparse.Namespace) -> SamplingParams:
    """The sampling parameters the options give."""
    if args.max_tokens is not None and args.max_tokens < 1:
        raise InputError(f"--max-tokens must be at least 1, got {args.max_tokens}")
    return SamplingParams(
        temperature=args.temperature, top_p=args.top_p, seed=args.seed, max_tokens=args.max_tokens
    )


def provider_options(args: argparse.Namespace) -> ProviderOptions:
    """Client settings (none of them in the cache key)."""
    if args.concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, got {args.concurrency}")
    if args.retries < 0 or args.timeout <= 0:
        raise InputError("--retries must be 0 or more and --timeout positive")
    client = ClientConfig(
        concurrency=args.concurrency, timeout_s=args.timeout, retry=RetryPolicy(args.retries)
    )
    return ProviderOptions(base_url=args.base_url, api_key_env=args.api_key_env, client=client)


@contextmanager
def open_cache(args: argparse.Namespace) -> Iterator[ResponseCache | None]:
    """The response cache the options name, closed afterwards (None with --no-cache)."""
    if args.no_cache:
        yield None
        return
    cache = ResponseCache(Path(args.cache) if args.cache else cache_dir().parent / "responses.sqlite")
    try:
        yield cache
    finally:
        cache.close()


def make_providers(
    specs: list[str | None], args: argparse.Namespace, cache: ResponseCache | None
) -> list[Provider]:
    """One provider per spec; equal specs share one instance (one embedded model in memory)."""
    made: dict[str | None, Provider] = {}
    options = provider_options(args)
    for spec in specs:
        if spec not in made:
            inner = _get_provider(spec, options)
            # replayed answers are recordings already; caching them would only copy them
            cached = cache is not None and inner.kind != "replay"
            made[spec] = CachingProvider(inner, cache) if cache is not None and cached else inner
    return [made[s] for s in specs]


def render_summary(console: Console, summary: RunSummary, wall_s: float, out: Path) -> None:
    """The summary table: outcomes per round, then costs."""
    table = Table(title=f"seccode run: {summary.tasks} tasks", show_header=True)
    table.add_column("", style="bold")
    table.add_column("tasks", justify="right")
    table.add_row("secure at generation", str(summary.secure_at_generation))
    table.add_row("vulnerable at round 0", str(summary.vulnerable_at_generation))
    for k, fixed in enumerate(summary.fixed_per_round, 1):
        table.add_row(f"fixed at round {k}", str(fixed))
    table.add_row("still vulnerable", str(summary.still_vulnerable))
    if summary.no_code:
        table.add_row("no code", str(summary.no_code))
    if summary.errors:
        table.add_row("provider errors", str(summary.errors))
    console.print(table)
    console.print(
        f"model calls {summary.calls} ({summary.cached} cached), tokens {summary.prompt_tokens} in / "
        f"{summary.completion_tokens} out, {summary.tokens_per_second:.1f} tok/s, wall {wall_s:.1f} s; "
        f"results in {out}"
    )


def _summary_json(summary: RunSummary, args: argparse.Namespace, specs: list[str], wall_s: float) -> str:
    data = {
        "tasks_spec": args.tasks,
        "generator": specs[0],
        "repairer": specs[1],
        "max_rounds": args.max_rounds,
        "prompts": args.prompts,
        "tasks": summary.tasks,
        "secure_at_generation": summary.secure_at_generation,
        "vulnerable_at_generation": summary.vulnerable_at_generation,
        "fixed_per_round": list(summary.fixed_per_round),
        "still_vulnerable": summary.still_vulnerable,
        "no_code": summary.no_code,
        "errors": summary.errors,
        "calls": summary.calls,
        "cached": summary.cached,
        "prompt_tokens": summary.prompt_tokens,
        "completion_tokens": summary.completion_tokens,
        "tokens_per_second": round(summary.tokens_per_second, 2),
        "wall_s": round(wall_s, 2),
    }
    return json.dumps(data, indent=1) + "\n"


async def _run(
    args: argparse.Namespace, out: Path, cache: ResponseCache | None
) -> tuple[list[LoopHistory], float]:
    tasks = load_tasks(args.tasks)
    analyzers = get_analyzers(parse_analyzer_names(args.analyzers))
    generator, repairer = make_providers([args.generator, args.repairer or args.generator], args, cache)
    config = RunConfig(
        LoopConfig(max_rounds=args.max_rounds, prompts=args.prompts, params=sampling(args)),
    )
    err = Console(stderr=True)
    started = time.perf_counter()
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            bar = progress.add_task(f"{generator.label} -> {repairer.label}", total=len(tasks))

            def done(history: LoopHistory) -> None:
                write_history(out, history)  # at once: Ctrl-C keeps every finished task
                progress.advance(bar)

            histories = await run_tasks(tasks, generator, repairer, analyzers, config, on_done=done)
    finally:
        for provider in {id(p): p for p in (generator, repairer)}.values():
            await provider.aclose()
    return histories, time.perf_counter() - started


def run(args: argparse.Namespace) -> int:
    """Validate, run, save, render."""
    if args.max_rounds < 0:
        raise InputError(f"--max-rounds must be 0 or more, got {args.max_rounds}")
    out = Path(args.out)
    with open_cache(args) as cache:
        histories, wall = asyncio.run(_run(args, out, cache))
    summary = summarize(histories, args.max_rounds)
    specs = [args.generator or "embedded", args.repairer or args.generator or "embedded"]
    write_atomic(out / "summary.json", _summary_json(summary, args, specs, wall))
    render_summary(Console(), summary, wall, out)
    errors = [h.error for h in histories if h.error]
    if errors:
        raise ProviderError(
            f"{len(errors)} of {len(histories)} tasks stopped on a provider error: {errors[0]}"
        )
    flagged = summary.still_vulnerable + summary.no_code
    return EXIT_FLAGGED if flagged else EXIT_CLEAN


__all__ = [
    "add_model_options",
    "make_providers",
    "open_cache",
    "register",
    "render_summary",
    "run",
    "sampling",
]
