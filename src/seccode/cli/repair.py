"""``seccode repair FILE --cwe N``: scan a file, ask for one repair with the findings, scan the result.

Exit codes: 0 the repaired code is clean for the CWE; 1 still flagged (or no usable repair);
2 usage, input or provider error. The repaired code goes to stdout or ``-o FILE``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from seccode._atomic import write_atomic
from seccode.agent import LoopConfig, is_flagged
from seccode.agent.repair_loop import Answer, repair_once
from seccode.cli.run import add_model_options, make_providers, open_cache, sampling
from seccode.cwe import parse_cwe
from seccode.errors import InputError
from seccode.llm import ResponseCache
from seccode.scanners import Program, ScanResult, get_analyzers, parse_analyzer_names, scan_programs
from seccode.tasks import Task
from seccode.verdict import judge


def register(sub: Any) -> None:
    """Add the ``repair`` command."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "repair",
        help="repair one Python file for a CWE (one step)",
        description="Scan FILE for the CWE, ask for one repair given the findings, scan the repair.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--cwe", required=True, metavar="CWE-N", help="the weakness to repair, e.g. CWE-089")
    add_model_options(parser, roles=("repairer",))
    parser.add_argument("--analyzers", metavar="A,B", help="comma-separated: bandit,semgrep,codeql")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the repaired code here instead of stdout"
    )
    parser.set_defaults(handler=run)


async def _repair(
    args: argparse.Namespace, task: Task, result: ScanResult, cache: ResponseCache | None
) -> Answer:
    (provider,) = make_providers([args.repairer], args, cache)
    try:
        return await repair_once(
            task, result, provider, LoopConfig(prompts=args.prompts, params=sampling(args))
        )
    finally:
        await provider.aclose()


def run(args: argparse.Namespace) -> int:
    """Scan, repair once, scan again, write."""
    cwe = parse_cwe(args.cwe)
    path = Path(args.file)
    try:
        code = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    analyzers = get_analyzers(parse_analyzer_names(args.analyzers))
    task = Task(str(path), code, cwe, str(path))  # the file is its own task: its functions must survive
    before = scan_programs([Program(task.id, code, cwe, str(path))], analyzers)[0]
    with open_cache(args) as cache:
        answer = asyncio.run(_repair(args, task, before, cache))
    if answer.code is None:
        reasons = "; ".join(a.rejected or "" for a in answer.attempts)
        print(f"seccode: no usable repair: {reasons}", file=sys.stderr)
        return 1
    after = judge(scan_programs([Program(task.id, answer.code, cwe, str(path))], analyzers)[0], cwe)
    flagged_before = is_flagged(judge(before, cwe))
    state = "still vulnerable" if is_flagged(after) else "clean"
    print(
        f"seccode: {path}: {'vulnerable' if flagged_before else 'clean'} before, {state} after",
        file=sys.stderr,
    )
    if args.output:
        write_atomic(args.output, answer.code)
    else:
        sys.stdout.write(answer.code)
    return 1 if is_flagged(after) else 0


__all__ = ["register", "run"]
