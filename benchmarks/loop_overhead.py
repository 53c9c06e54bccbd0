"""Loop overhead: the repair loop over the paper's 67 RQ4 tasks against a model that answers after d seconds.

Usage: python benchmarks/loop_overhead.py [--delay 0.25] [--concurrency 8] [--data ../shared/data]

The model is seccode's scripted chat-completions server on 127.0.0.1 (no hosted model is reachable
here): every call is answered after ``--delay`` seconds; task i is clean at round i % 6, and every
seventh task never is, so rounds 0..5 have falling numbers of active tasks. Real Bandit scans every
round, plus a one-line marker analyzer that says whether the scripted code is still vulnerable.

The loop's critical path is the sum over rounds of ceil(active tasks / c) * d: the goal is a wall
time within 1.2x of it. A second run on the same response cache must make zero model calls.
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import json
import math
import multiprocessing
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from seccode.agent import LoopConfig, LoopHistory, RunConfig, run_tasks
from seccode.llm import CachingProvider, ResponseCache
from seccode.llm._openai import ClientConfig, OpenAICompatibleProvider
from seccode.llm.testing import FakeChatServer, ok
from seccode.scanners import Analyzer, AnalyzerOutput, Finding, Level, Program, get_analyzers
from seccode.tasks import Task, load_securityeval

ROOT = Path(__file__).resolve().parents[1]
MARK = re.compile(r"SCRIPTED = \((\d+), (\d+)\)")
ROUNDS = 5


class MarkerAnalyzer(Analyzer):
    """Flags the target CWE while the scripted code still carries its "still vulnerable" line."""

    name = "marker"

    def available(self) -> bool:
        return True

    def version(self) -> str:
        return "1"

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        out = []
        for p in programs:
            hit = "# still vulnerable" in p.code
            finding = Finding.create(
                scanner="marker",
                rule_id="scripted",
                cwe=p.cwe,
                severity=Level.HIGH,
                confidence=Level.HIGH,
                path=p.id,
                start_line=1,
                message="scripted weakness",
                code=p.code,
            )
            out.append(AnalyzerOutput(p.id, (finding,) if hit else ()))
        return out


def load_tasks(data: Path) -> list[Task]:
    """The 67 RQ4 tasks (SecurityEval prompts), judged for a CWE no real rule reports (only the marker)."""
    ids = json.loads((data / "paper" / "rq4_subset_67_tasks.json").read_text())
    by_id = {t.id: t for t in load_securityeval(data / "securityeval.jsonl")}
    return [Task(i, by_id[i].prompt, 999_999, "securityeval") for i in ids]


def clean_round(index: int) -> int | None:
    """The round at which task ``index`` becomes clean (None: never)."""
    return None if index % 7 == 6 else index % (ROUNDS + 1)


def scripted_code(task: Task, index: int, round_: int) -> str:
    """The task's prompt completed with a marker body: parses, keeps every function."""
    vulnerable = clean_round(index) is None or round_ < (clean_round(index) or 0)
    # a statement, not a comment: a repair must change the program's syntax tree to be accepted
    tail = f"SCRIPTED = ({index}, {round_})" + ("\n# still vulnerable" if vulnerable else "")
    body = "\n".join(f"    {t}" for t in tail.splitlines())
    indented = task.prompt.rstrip() + "\n" + body + "\n"
    try:
        ast.parse(indented)
        return indented
    except SyntaxError:
        return task.prompt.rstrip() + "\n\n" + tail + "\n"


def responder(tasks: list[Task]) -> Any:
    prompts = [(t.prompt.rstrip(), i) for i, t in enumerate(tasks)]

    def answer(body: dict[str, Any]) -> str:
        text = "\n".join(str(m["content"]) for m in body["messages"])
        marks = MARK.findall(text)
        if marks:  # a repair: the latest code in the conversation carries its task and round
            index, round_ = int(marks[-1][0]), int(marks[-1][1]) + 1
        else:
            index, round_ = next(i for p, i in prompts if p in text), 0
        return f"```python\n{scripted_code(tasks[index], index, round_)}```"

    return answer


def critical_path(histories: list[LoopHistory], concurrency: int, delay: float) -> tuple[float, list[int]]:
    """Sum over rounds of ceil(active / c) * d, with active = tasks that called the model that round."""
    active = [sum(len(h.rounds) > r for h in histories) for r in range(ROUNDS + 1)]
    return sum(math.ceil(a / concurrency) * delay for a in active), active


async def one_run(
    tasks: list[Task],
    base_url: str,
    cache_path: Path,
    analyzers: list[Analyzer],
    c: int,
    in_flight: int | None,
) -> tuple[list[LoopHistory], float, int]:
    inner = OpenAICompatibleProvider("scripted", base_url=base_url, config=ClientConfig(concurrency=c))
    cache = ResponseCache(cache_path)
    provider = CachingProvider(inner, cache)
    config = RunConfig(LoopConfig(max_rounds=ROUNDS), concurrency=in_flight)
    started = time.perf_counter()
    histories = await run_tasks(tasks, provider, provider, analyzers, config)
    wall = time.perf_counter() - started
    await provider.aclose()
    cache.close()
    return histories, wall, provider.calls


def serve(tasks: list[Task], delay: float, conn: Connection) -> None:
    """The scripted model in its own process, so it never competes with the loop for the GIL."""
    with FakeChatServer(responder(tasks), default=ok(delay_s=delay)) as server:
        conn.send(server.base_url)
        while conn.recv() == "count":
            conn.send(len(server.calls))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.25, help="seconds per model answer (d)")
    parser.add_argument("--concurrency", type=int, default=8, help="model requests at once (c)")
    parser.add_argument(
        "--tasks-at-once", type=int, default=None, help="tasks in flight (default: all, as seccode run)"
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    tasks = load_tasks(args.data)
    analyzers = [*get_analyzers(["bandit"]), MarkerAnalyzer()]
    here, there = multiprocessing.Pipe()
    server = multiprocessing.get_context("fork").Process(
        target=serve, args=(tasks, args.delay, there), daemon=True
    )
    server.start()
    base_url = here.recv()

    def served() -> int:
        here.send("count")
        return int(here.recv())

    try:
        with tempfile.TemporaryDirectory() as tmp:
            cache_path = Path(tmp) / "cache.sqlite"
            run = (tasks, base_url, cache_path, analyzers, args.concurrency, args.tasks_at_once)
            histories, wall, calls = asyncio.run(one_run(*run))
            seen = served()
            _, wall2, calls2 = asyncio.run(one_run(*run))
            seen2 = served() - seen
    finally:
        here.send("stop")
        server.join(timeout=5)
    path, active = critical_path(histories, args.concurrency, args.delay)
    outcomes = {o: sum(h.outcome == o for h in histories) for o in sorted({h.outcome for h in histories})}
    ratio = wall / path
    rows = [
        ("tasks x max rounds", f"{len(tasks)} x {ROUNDS}"),
        (
            "delay d / concurrency c / tasks in flight",
            f"{args.delay:g} s / {args.concurrency} / {args.tasks_at_once or 'all'}",
        ),
        ("active tasks per round", " ".join(map(str, active))),
        ("outcomes", ", ".join(f"{k} {v}" for k, v in outcomes.items())),
        ("critical path", f"{path:.2f} s"),
        ("wall (run 1)", f"{wall:.2f} s"),
        ("ratio wall / critical path", f"{ratio:.3f}  (goal <= 1.2)"),
        ("model calls (run 1)", f"{calls} (server saw {seen})"),
        ("wall (run 2, same cache)", f"{wall2:.2f} s"),
        ("model calls (run 2, same cache)", f"{calls2} (server saw {seen2})"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0 if ratio <= 1.2 and calls2 == 0 and seen2 == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
