"""``seccode study``: the paper's experiments. ``reproduce-paper`` tabulates the paper's artefacts
beside the paper's printed figures and our analyzers' re-judgement.

Exit codes: 0 done, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from seccode._atomic import write_atomic
from seccode.errors import InputError
from seccode.report._table import render_text
from seccode.report.paper_tables import paper_tables_as_tables
from seccode.store import RunStore
from seccode.study import reproduce_paper, tables_to_json
from seccode.study._import import PAPER_RUN, import_paper


def register(sub: Any) -> None:
    """Add the ``study`` command and its sub-commands."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "study",
        help="run the paper's experiments or reproduce its tables",
        description="The study of Gong et al.: RQ1 generation, RQ2 detection, RQ3 repair, "
        "RQ4 iterative repair.",
    )
    actions = parser.add_subparsers(dest="study_command", metavar="ACTION", required=True)
    rep = actions.add_parser(
        "reproduce-paper",
        help="the paper's Tables 2-5 from its artefacts, beside ours",
        description="Read the paper's artefacts (rq1_generations.jsonl, rq3_repairs.jsonl, "
        "rq4_iterations.jsonl), "
        "compute Tables 2-5 from their labels, print them beside the paper's figures, and re-judge every "
        "program with our analyzers.",
    )
    rep.add_argument(
        "--artifacts", required=True, metavar="DIR", help="the artefacts folder (../shared/data/paper)"
    )
    rep.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    rep.add_argument(
        "--no-rejudge", action="store_true", help="skip scanning the programs with our analyzers"
    )
    rep.add_argument(
        "--analyzers", metavar="A,B", help="analyzers for the re-judgement (default: all installed)"
    )
    rep.add_argument("--store", metavar="FILE", help="also import everything into this study store")
    rep.add_argument(
        "--run", default=PAPER_RUN, metavar="ID", help=f"run id in the store (default: {PAPER_RUN})"
    )
    rep.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    rep.set_defaults(handler=run_reproduce)


def _names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    if not names:
        raise InputError("--analyzers needs at least one name, e.g. bandit,semgrep")
    return names


def run_reproduce(args: argparse.Namespace) -> int:
    """Tabulate the artefacts; render text or JSON; optionally store the run."""
    rep = reproduce_paper(
        args.artifacts, rejudge_programs=not args.no_rejudge, analyzers=_names(args.analyzers)
    )
    if args.store:
        with RunStore.open(args.store) as store:
            created = import_paper(store, rep, args.run)
        print(f"seccode: stored run {args.run!r} in {args.store} ({created} new samples)", file=sys.stderr)
    if args.format == "json":
        text = json.dumps(tables_to_json(rep.tables), indent=2) + "\n"
    else:
        judged = ", ".join(rep.tables.analyzers) or "nothing (--no-rejudge)"
        head = f"The paper's figures, reproduced from {args.artifacts}; re-judged by {judged}\n\n"
        text = head + render_text(paper_tables_as_tables(rep.tables)[:5], rep.tables.notes)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


__all__ = ["register", "run_reproduce"]
