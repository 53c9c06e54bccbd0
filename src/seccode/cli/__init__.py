"""The ``seccode`` command line: it parses arguments and renders results, nothing more.

Each command lives in its own module with a ``register(subparsers)`` function that adds its parser
and sets ``handler`` (a function taking the parsed namespace and returning an exit code).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from seccode import __version__
from seccode.cli import fix, generate, repair, report, run, scan, study
from seccode.errors import SeccodeError

#: command modules, in the order ``seccode --help`` lists them
COMMANDS = (scan, fix, run, generate, repair, study, report)

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with one sub-parser per command."""
    parser = argparse.ArgumentParser(
        prog="seccode",
        description="Generate, scan and repair Python code for the weakness (CWE) at stake.",
    )
    parser.add_argument("--version", action="version", version=f"seccode {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``seccode`` console script; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = handler(args)
    except SeccodeError as exc:
        print(f"seccode: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("seccode: interrupted", file=sys.stderr)
        return 130
    return code


__all__ = ["build_parser", "main"]
