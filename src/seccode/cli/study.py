"""``seccode study``: the paper's experiments. ``reproduce-paper`` tabulates the paper's artefacts
beside the paper's printed figures and our analyzers' re-judgement, and cross-checks the tables
against the study re-run from the artefacts through the replay provider.

Exit codes: 0 done, 1 the replayed study disagrees with the tables, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from seccode._atomic import write_atomic
from seccode.errors import InputError
from seccode.llm import ProviderOptions
from seccode.report._table import Table, render_text
from seccode.report.paper_tables import paper_tables_as_tables
from seccode.scanners import parse_analyzer_names
from seccode.store import RunStore
from seccode.study import load_artifacts, reproduce_paper, tables_to_json
from seccode.study._crosscheck import ReplayCheck, check_by_replay, check_to_json
from seccode.study._import import PAPER_RUN, import_paper
from seccode.study._paper_labels import generation_labels, repair_labels, write_labels
from seccode.study._plan import StudyPlan
from seccode.study._prices import load_prices
from seccode.study._runs import RunOptions, StudyOutcome, resume_study, start_study


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
        "program with our analyzers. Then re-run RQ1-RQ3 from the artefacts through replay:paper:MODEL "
        "providers (about a second) and check that the replayed study gives the same figures.",
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
    rep.add_argument(
        "--no-replay", action="store_true", help="skip the cross-check against the study re-run by replay"
    )
    rep.add_argument(
        "--replay-store",
        metavar="FILE",
        help="keep the replayed study in this store, its task list beside it (default: a temporary one); "
        "its verdicts are the syntax check's only, so read its labels, not its verdict columns",
    )
    rep.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of stdout")
    rep.set_defaults(handler=run_reproduce)
    lab = actions.add_parser(
        "paper-labels",
        help="write the paper's labels for runs replayed with replay:paper:MODEL",
        description="Write rq1_labels.jsonl (the merged RQ1 labels of the four generators) and "
        "rq3_labels.jsonl (the verify_label of each repair of a vulnerable program) into DIR, keyed to "
        "replay:paper:MODEL specs, for `study rq1 --labels` and `study rq3 --labels`.",
    )
    lab.add_argument("--artifacts", required=True, metavar="DIR", help="the artefacts folder")
    lab.add_argument("--out", required=True, metavar="DIR", help="where to write the two files")
    lab.set_defaults(handler=run_paper_labels)
    _register_runs(actions)


_RUN_HELP = {
    "rq1": "RQ1: each model writes each task (--models are the generators)",
    "rq2": "RQ2: each model judges each program of an rq1 run with the paper's prompt",
    "rq3": "RQ3: each model repairs each vulnerable program of an rq1 run once",
    "rq4": "RQ4: the repair loop, --runs independent runs (--models repair --generators' code)",
}


def _register_runs(actions: Any) -> None:
    for kind, text in _RUN_HELP.items():
        p: argparse.ArgumentParser = actions.add_parser(kind, help=text, description=text)
        p.add_argument(
            "--store", required=True, metavar="FILE", help="the study store (SQLite, created if absent)"
        )
        p.add_argument("--run", metavar="ID", help=f"run id (default: {kind})")
        p.add_argument(
            "--models", required=True, metavar="SPEC,SPEC", help="provider specs, e.g. openai:gpt-4o"
        )
        if kind in ("rq1", "rq4"):
            p.add_argument(
                "--tasks", required=True, metavar="SRC", help="a task JSONL, SecurityEval, a folder..."
            )
        else:
            p.add_argument(
                "--from-run", required=True, metavar="RUN", help="the rq1 run whose programs to use"
            )
        if kind == "rq4":
            p.add_argument("--generators", required=True, metavar="SPEC,SPEC", help="who writes the code")
            p.add_argument("--max-rounds", type=int, default=5, help="repair rounds per loop (default: 5)")
        if kind in ("rq1", "rq3"):
            what = "generations" if kind == "rq1" else "repairs"
            p.add_argument("--labels", metavar="FILE", help=f"import human labels (JSONL) for the {what}")
        p.add_argument("--runs", type=int, default=1, help="independent repetitions (default: 1)")
        p.add_argument("--prompts", default="paper", help="prompt preset (default: paper)")
        p.add_argument("--temperature", type=float, default=0.0)
        _run_options(p)
        p.set_defaults(handler=run_study, kind=kind)
    resume = actions.add_parser(
        "resume",
        help="finish a killed or failed run",
        description="Continue RUN from "
        "where it stopped with the plan stored in it; nothing is lost or duplicated.",
    )
    resume.add_argument("run", metavar="RUN")
    resume.add_argument("--store", required=True, metavar="FILE")
    _run_options(resume)
    resume.set_defaults(handler=run_resume)


def _run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--analyzers", metavar="A,B", help="analyzers (default: all installed)")
    p.add_argument("--concurrency", type=int, default=4, help="model calls at once (default: 4)")
    p.add_argument("--cache", metavar="FILE", help="a response cache (SQLite) shared across runs")
    p.add_argument("--base-url", help="the OpenAI-compatible endpoint for every model")
    p.add_argument(
        "--prices",
        metavar="FILE",
        help='model prices, JSON: {"openai:gpt-4o": {"input_per_mtok": 2.5, "output_per_mtok": 10}}',
    )


def _specs(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def _task_source(value: str) -> str:
    # an absolute path, so `study resume` and rq2/rq3 find the tasks from any working directory
    return str(Path(value).resolve()) if value and Path(value).exists() else value


def _options(args: argparse.Namespace) -> RunOptions:
    if args.concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, got {args.concurrency}")
    prices = load_prices(args.prices) if args.prices else None
    return RunOptions(args.concurrency, args.cache, ProviderOptions(base_url=args.base_url), prices)


def _print_outcome(outcome: StudyOutcome) -> int:
    print(
        f"{outcome.kind} run {outcome.run_id}: {outcome.jobs} jobs, samples {outcome.samples_before} -> "
        f"{outcome.samples_after}; `seccode report {outcome.run_id} --store ...` shows its tables"
    )
    return 0


def run_study(args: argparse.Namespace) -> int:
    """Start (or continue) an rq1..rq4 run."""
    names = parse_analyzer_names(args.analyzers)
    plan = StudyPlan(
        kind=args.kind,
        models=_specs(args.models),
        tasks=_task_source(getattr(args, "tasks", "") or ""),
        source_run=getattr(args, "from_run", "") or "",
        generators=_specs(getattr(args, "generators", None)),
        runs=args.runs,
        prompts=args.prompts,
        analyzers=None if names is None else tuple(names),
        max_rounds=getattr(args, "max_rounds", 5),
        temperature=args.temperature,
    )
    outcome = start_study(
        args.store, args.run or args.kind, plan, _options(args), getattr(args, "labels", None)
    )
    return _print_outcome(outcome)


def run_resume(args: argparse.Namespace) -> int:
    """Resume a run."""
    return _print_outcome(resume_study(args.store, args.run, _options(args)))


def run_reproduce(args: argparse.Namespace) -> int:
    """Tabulate the artefacts; render text or JSON; optionally store the run."""
    rep = reproduce_paper(
        args.artifacts, rejudge_programs=not args.no_rejudge, analyzers=parse_analyzer_names(args.analyzers)
    )
    if args.store:
        with RunStore.open(args.store) as store:
            created = import_paper(store, rep, args.run)
        print(f"seccode: stored run {args.run!r} in {args.store} ({created} new samples)", file=sys.stderr)
    check = None if args.no_replay else check_by_replay(rep.artifacts, rep.tables, args.replay_store)
    if args.format == "json":
        doc: dict[str, object] = dict(tables_to_json(rep.tables))
        doc["replay_check"] = None if check is None else check_to_json(check)
        text = json.dumps(doc, indent=2) + "\n"
    else:
        judged = ", ".join(rep.tables.analyzers) or "nothing (--no-rejudge)"
        head = f"The paper's figures, reproduced from {args.artifacts}; re-judged by {judged}\n\n"
        text = head + render_text(paper_tables_as_tables(rep.tables)[:5], rep.tables.notes)
        text += "" if check is None else "\n" + _check_text(check)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if check is not None and not check.ok:
        print("seccode: the study replayed from the artefacts disagrees with the tables", file=sys.stderr)
        return 1
    return 0


_REPLAYED = (
    "Cross-check: the tables above, computed directly from the artefacts' labels, against the study "
    "re-run from the artefacts (rq1 -> rq2 -> rq3 through replay:paper:MODEL providers, the paper's "
    "labels imported onto the replayed samples). RQ4's round logs hold scanner messages, not model "
    "answers, so they are imported as data, not replayed."
)


def _check_text(check: ReplayCheck) -> str:
    rows = tuple(
        (
            a.figure,
            a.direct.percent(),
            "missing" if a.replayed is None else a.replayed.percent(),
            ("yes, as expected (see notes)" if a.reason else "yes")
            if a.agrees
            else f"NO, expected {a.expected.percent()}",
        )
        for a in check.agreements
    )
    table = Table(
        "replay", f"Replayed in {check.seconds:.1f} s", ("figure", "direct", "replayed", "agrees"), rows
    )
    notes = [f"{a.figure}: expected {a.expected.percent()}; {a.reason}" for a in check.agreements if a.reason]
    notes += [f"calls without a recorded answer, {f}" for f in check.figures.failures]
    agreed = sum(a.agrees for a in check.agreements)
    verdict = f"{agreed} of {len(check.agreements)} figures agree" + (
        "." if check.ok else " -- the replayed study DIFFERS."
    )
    return f"{_REPLAYED}\n{verdict}\n\n" + render_text([table], notes)


def run_paper_labels(args: argparse.Namespace) -> int:
    """Write the paper's labels keyed to replayed runs."""
    art = load_artifacts(args.artifacts)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, labels in (
        ("rq1_labels.jsonl", generation_labels(art)),
        ("rq3_labels.jsonl", repair_labels(art)),
    ):
        write_labels(labels, out / name)
        print(f"seccode: wrote {len(labels)} labels to {out / name}", file=sys.stderr)
    return 0


__all__ = ["register", "run_paper_labels", "run_reproduce", "run_resume", "run_study"]
