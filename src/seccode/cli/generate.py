"""``seccode generate``: one generation step per task, no scan, no repair.

Exit codes: 0 every task got code; 1 some task got none; 2 usage, input or provider error.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from seccode._atomic import write_atomic
from seccode.agent import LoopConfig
from seccode.agent.repair_loop import Answer, generate_once
from seccode.cli.run import add_model_options, make_providers, open_cache, sampling
from seccode.llm import ResponseCache
from seccode.tasks import Task, load_tasks, safe_name


def register(sub: Any) -> None:
    """Add the ``generate`` command."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "generate",
        help="ask a model to write the code for each task (one step, no scan)",
        description="Generate code for TASKS. With --out DIR, one file per task; else the code is printed.",
    )
    parser.add_argument(
        "tasks", metavar="TASKS", help="'examples', a tasks .jsonl, SecurityEval's .jsonl, or a folder"
    )
    add_model_options(parser, roles=("generator",))
    parser.add_argument("--out", metavar="DIR", help="write DIR/<task>.py instead of printing")
    parser.set_defaults(handler=run)


async def _generate(args: argparse.Namespace, tasks: list[Task], cache: ResponseCache | None) -> list[Answer]:
    (provider,) = make_providers([args.generator], args, cache)
    config = LoopConfig(prompts=args.prompts, params=sampling(args))
    slots = asyncio.Semaphore(args.concurrency)

    async def one(task: Task) -> Answer:
        async with slots:
            return await generate_once(task, provider, config)

    try:
        return list(await asyncio.gather(*(one(t) for t in tasks)))
    finally:
        await provider.aclose()


def run(args: argparse.Namespace) -> int:
    """Generate, then write or print."""
    tasks = load_tasks(args.tasks)
    with open_cache(args) as cache:
        answers = asyncio.run(_generate(args, tasks, cache))
    missing = 0
    for task, answer in zip(tasks, answers, strict=True):
        if answer.code is None:
            missing += 1
            print(f"seccode: no code for {task.id}", file=sys.stderr)
        elif args.out:
            name = safe_name(task.id)
            write_atomic(Path(args.out) / (name if name.endswith(".py") else f"{name}.py"), answer.code)
        else:
            sys.stdout.write(f"# --- {task.id}\n{answer.code}")
    return 1 if missing else 0


__all__ = ["register", "run"]
