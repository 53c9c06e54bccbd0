"""``seccode scan``: scan files, folders or a JSONL batch of programs.

Exit codes: 0 nothing flagged, 1 something flagged (with a target CWE: a program vulnerable to it;
without one: any security finding), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from seccode._atomic import write_atomic
from seccode.cwe import parse_cwe
from seccode.errors import InputError
from seccode.report.scan_output import FORMATS
from seccode.scanners import get_analyzers, scan_programs
from seccode.scanners._runner import DEFAULT_MAX_BYTES
from seccode.scanners._sources import read_program_files, read_program_jsonl
from seccode.verdict import Verdict, judge

EXIT_CLEAN, EXIT_FLAGGED = 0, 1


def register(sub: Any) -> None:
    """Add the ``scan`` command."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "scan",
        help="scan Python programs for weaknesses",
        description="Scan Python files, folders or a JSONL batch with Bandit, Semgrep (seccode's rule "
        "pack) and CodeQL when installed. Exit 0: clean; 1: flagged; 2: usage or input error.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (*.py below a folder)")
    parser.add_argument("--jsonl", metavar="FILE", help='a batch: one {"id", "code", "cwe"?} object a line')
    parser.add_argument("--cwe", metavar="CWE-N", help="judge every program for this CWE (e.g. CWE-089)")
    parser.add_argument(
        "--format", choices=sorted(FORMATS), help="output format (default: text; jsonl with --jsonl)"
    )
    parser.add_argument(
        "--analyzers", metavar="A,B", help="comma-separated: bandit,semgrep,codeql (default: all installed)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the output to FILE (atomically) instead of stdout"
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"programs larger than N bytes are reported, not analysed (default {DEFAULT_MAX_BYTES:,})",
    )
    parser.set_defaults(handler=run)


def _analyzer_names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise InputError("--analyzers needs at least one name, e.g. bandit,semgrep")
    return names


def _flagged(verdict: Verdict) -> bool:
    return bool(verdict.vulnerable) if verdict.vulnerable is not None else verdict.any_finding


def run(args: argparse.Namespace) -> int:
    """Read, scan, judge, render; nothing is written before all of it succeeded."""
    cwe = parse_cwe(args.cwe) if args.cwe is not None else None
    if args.jsonl and args.paths:
        raise InputError("give either PATHs or --jsonl FILE, not both")
    analyzers = get_analyzers(_analyzer_names(args.analyzers))
    if args.jsonl:
        programs = read_program_jsonl(args.jsonl, default_cwe=cwe)
    else:
        programs = read_program_files(args.paths, cwe=cwe)
    fmt = args.format or ("jsonl" if args.jsonl else "text")
    if args.max_bytes < 1:
        raise InputError(f"--max-bytes must be positive, got {args.max_bytes}")
    results = scan_programs(programs, analyzers, max_bytes=args.max_bytes)
    verdicts = [judge(r) for r in results]
    text = FORMATS[fmt](results, verdicts)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_FLAGGED if any(_flagged(v) for v in verdicts) else EXIT_CLEAN


__all__ = ["register", "run"]
