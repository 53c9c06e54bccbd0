"""``seccode fix PATH...``: scan existing files and propose repairs as a diff, SARIF or JSON.

Exit codes: 0 nothing flagged, or every flagged file repaired; 1 a file is still flagged; 2 usage,
input or provider error. Files change on disk only with ``--write`` (each atomically).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from seccode._atomic import write_atomic
from seccode.cwe import parse_cwe
from seccode.scanners import Level

EXIT_CLEAN, EXIT_FLAGGED = 0, 1


def register(sub: Any) -> None:
    """Add the ``fix`` command."""
    from seccode.cli.run import add_model_options

    parser: argparse.ArgumentParser = sub.add_parser(
        "fix",
        help="scan existing files and propose repairs (diff or SARIF)",
        description="Scan PATHs; for each flagged file, ask the repairer for a repair with the findings, "
        "rescan, and repeat up to --max-rounds. Prints a unified diff (default), SARIF with fixes, or JSON.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (*.py below a folder)")
    parser.add_argument("--cwe", metavar="CWE-N", help="repair only this weakness (default: every finding)")
    parser.add_argument(
        "--min-severity",
        choices=[level.value for level in Level],
        default="medium",
        help="without --cwe, the least severe finding worth a repair (default medium)",
    )
    parser.add_argument("--max-rounds", type=int, default=3, help="repair rounds per file (default 3)")
    parser.add_argument("--analyzers", metavar="A,B", help="comma-separated: bandit,semgrep,codeql")
    parser.add_argument("--format", choices=("diff", "sarif", "json"), default="diff")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output here (atomically)")
    parser.add_argument("--write", action="store_true", help="also rewrite each repaired file in place")
    add_model_options(parser, roles=("repairer",))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read, scan, repair, render; files are rewritten only after every repair is done."""
    from seccode.agent import LoopConfig
    from seccode.agent.fix import FixPolicy, fix_programs
    from seccode.cli.run import make_providers, open_cache, sampling
    from seccode.errors import InputError
    from seccode.report.fix_output import FORMATS
    from seccode.scanners import get_analyzers, parse_analyzer_names
    from seccode.scanners._sources import read_program_files

    policy = FixPolicy(parse_cwe(args.cwe) if args.cwe else None, Level(args.min_severity))
    if args.max_rounds < 1:
        raise InputError(f"--max-rounds must be at least 1, got {args.max_rounds}")
    analyzers = get_analyzers(parse_analyzer_names(args.analyzers))
    programs = read_program_files(args.paths, cwe=policy.target_cwe)
    config = LoopConfig(max_rounds=args.max_rounds, prompts=args.prompts, params=sampling(args))

    async def go() -> list[Any]:
        with open_cache(args) as cache:
            (repairer,) = make_providers([args.repairer], args, cache)
            try:
                return await fix_programs(programs, repairer, analyzers, policy, config)
            finally:
                await repairer.aclose()

    fixes = asyncio.run(go())
    text = FORMATS[args.format](fixes)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if args.write:
        for fix in fixes:
            if fix.changed and fix.program.path:
                write_atomic(fix.program.path, fix.code if fix.code.endswith("\n") else fix.code + "\n")
    for fix in fixes:
        if fix.outcome == "error":
            print(f"seccode: {fix.program.id}: repair failed: {fix.error}", file=sys.stderr)
    return EXIT_FLAGGED if any(f.outcome in ("still-flagged", "error") for f in fixes) else EXIT_CLEAN


__all__ = ["register", "run"]
