"""``seccode report``: render stored runs as Markdown, CSV, LaTeX or a self-contained HTML page.

Exit codes: 0 written, 2 usage or input error (a missing store or run, a bad figure name).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from seccode._atomic import write_atomic
from seccode.errors import InputError
from seccode.report import REPORT_FORMATS, figure6, load_run_report
from seccode.store import RunStore


def register(sub: Any) -> None:
    """Add the ``report`` command."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="tables, Figure 6 and an HTML report of stored runs",
        description="Render the paper's tables (2-5, per CWE) of one or more runs in a study store; "
        "html adds Figure 6 and every program's code with its findings highlighted.",
    )
    parser.add_argument("runs", nargs="+", metavar="RUN", help="run ids in the store")
    parser.add_argument("--store", required=True, metavar="FILE", help="the study store (SQLite file)")
    parser.add_argument("--format", choices=sorted(REPORT_FORMATS), default="md", help="default: md")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument(
        "--figure", metavar="FILE.png|FILE.svg", help="also write Figure 6 of the first run with rounds"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load the runs read-only, render, then write (nothing is written if anything failed)."""
    figure_format = None
    if args.figure:
        figure_format = Path(args.figure).suffix.lower().lstrip(".")
        if figure_format not in ("png", "svg"):
            raise InputError(f"--figure {args.figure}: name a .png or .svg file")
    with RunStore.open_readonly(args.store) as store:
        reports = [load_run_report(store, run_id) for run_id in args.runs]
    text = REPORT_FORMATS[args.format](reports)
    rows = next((r.iterative for r in reports if r.iterative), ())
    if figure_format and not rows:
        raise InputError("--figure: none of these runs has repair rounds to plot (a paper or rq4 run has)")
    image = figure6(rows, figure_format) if figure_format else None
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if image is not None:
        Path(args.figure).write_bytes(image)
    return 0


__all__ = ["register", "run"]
