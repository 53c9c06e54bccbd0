"""``seccode scan``: scan files, folders or a JSONL batch of programs.

Exit codes: 0 nothing flagged, 1 something flagged (with a target CWE: a program vulnerable to it;
without one: any security finding), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from seccode._atomic import write_atomic
from seccode.cwe import parse_cwe
from seccode.errors import InputError
from seccode.llm import ProviderOptions
from seccode.llm._model_files import cache_dir
from seccode.report.scan_output import FORMATS
from seccode.scanners import (
    JudgeSettings,
    LLMJudgeAnalyzer,
    get_analyzers,
    parse_analyzer_names,
    scan_programs,
)
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
        "--analyzers",
        metavar="A,B",
        help="comma-separated: bandit,semgrep,seccode-ast,codeql,llm-judge (default: all installed "
        "but llm-judge)",
    )
    judge = parser.add_argument_group("LLM judge", "a model asked whether each program has its CWE")
    judge.add_argument(
        "--judge-model",
        metavar="M",
        help="model spec for llm-judge (default: embedded); without --analyzers it joins the defaults",
    )
    judge.add_argument("--base-url", help="base URL of the judge's OpenAI-compatible server")
    judge.add_argument(
        "--cache",
        metavar="FILE",
        help="the judge's response cache (default: $SECCODE_CACHE/responses.sqlite)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the output to FILE (atomically) instead of stdout"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="say why each verdict was reached: which findings counted, through which CWE relation",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"programs larger than N bytes are reported, not analysed (default {DEFAULT_MAX_BYTES:,})",
    )
    parser.set_defaults(handler=run)


def _judge_settings(args: argparse.Namespace, names: list[str] | None) -> JudgeSettings | None:
    """The judge's settings when a judge is asked for (named, or given a model), else None."""
    named = names is not None and LLMJudgeAnalyzer.name in names
    if args.judge_model is not None and names is not None and not named:
        raise InputError("--judge-model needs llm-judge among --analyzers, e.g. bandit,llm-judge")
    if not named and args.judge_model is None:
        return None
    # the cache run, generate and repair share, so a judge's answers are paid for once
    cache = Path(args.cache) if args.cache else cache_dir().parent / "responses.sqlite"
    return JudgeSettings(model=args.judge_model, options=ProviderOptions(base_url=args.base_url), cache=cache)


def _flagged(verdict: Verdict) -> bool:
    return bool(verdict.vulnerable) if verdict.vulnerable is not None else verdict.any_finding


def run(args: argparse.Namespace) -> int:
    """Read, scan, judge, render; nothing is written before all of it succeeded."""
    cwe = parse_cwe(args.cwe) if args.cwe is not None else None
    if args.jsonl and args.paths:
        raise InputError("give either PATHs or --jsonl FILE, not both")
    names = parse_analyzer_names(args.analyzers)
    analyzers = get_analyzers(names, judge=_judge_settings(args, names))
    if args.jsonl:
        programs = read_program_jsonl(args.jsonl, default_cwe=cwe)
    else:
        programs = read_program_files(args.paths, cwe=cwe)
    fmt = args.format or ("jsonl" if args.jsonl else "text")
    if args.max_bytes < 1:
        raise InputError(f"--max-bytes must be positive, got {args.max_bytes}")
    results = scan_programs(programs, analyzers, max_bytes=args.max_bytes)
    verdicts = [judge(r) for r in results]
    text = FORMATS[fmt](results, verdicts, args.explain)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_FLAGGED if any(_flagged(v) for v in verdicts) else EXIT_CLEAN


__all__ = ["register", "run"]
