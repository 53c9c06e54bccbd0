"""Unseen set: seccode's verdicts on independently written, labelled Python programs.

Usage: python benchmarks/unseen.py [--set unseen|holdout|dev2|dev3|dev4|dev5] [--analyzers bandit,semgrep,...]
                                   [--split dev|test|all] [--per-cwe] [--misses] [--json]

The rule pack is judged in the end on programs nobody on the team has seen. This set is our proxy for
that: short realistic programs (Flask, Django, FastAPI, http.server, CLI scripts, helper classes) in
``benchmarks/unseen/programs/<CWE-NNN>/``, written for this benchmark by helpers who did NOT read the
rules, the AST checks or the scanner tests, and who copied no code from elsewhere. For every CWE there
are vulnerable programs and hard negatives (the same job done safely, often with the dangerous-looking
API used correctly). Names and comments do not reveal the label.

Labels live in ``benchmarks/unseen/labels-*.jsonl``, one row per program::

    {"path": "CWE-078/ping.py", "cwe": "CWE-078", "vulnerable": true, "split": "dev", "why": "..."}

``vulnerable`` is what a careful reviewer says for that CWE only. ``split`` halves each CWE's programs:
``dev`` may be looked at while working on the rules, ``test`` should be read only as a number (once you
read its misses it is no longer unseen). Programs are data: they are scanned, never imported or run.

``--set holdout`` scores a second set (``benchmarks/holdout/``, one ``labels.jsonl`` without splits),
written by another helper after the rules had been tuned on the dev split, and never used for tuning:
its one "all" row is the closest stand-in for the hidden held-out programs.

``--set dev2`` scores a third set (``benchmarks/dev2/``, every row ``split: dev``), written by three more
helpers who did not read the rules, in session 4: fresh shapes to tune on, so that the holdout stays unread.
``--set dev3`` (``benchmarks/dev3/``) was written the same way, by three other helpers, while the rules were
tuned on dev2: read first as a number (how well the dev2 tuning carries over), then a set to tune on.
``--set dev4`` (``benchmarks/dev4/``, session 5): a fourth set by three other authors, read first as a number
(how far the dev2 and dev3 tuning carried over to new authors), then tuned on. ``--set dev5`` was written by
three more authors while the rules were tuned on dev4: read as a number before and after the dev4 tuning
(what that tuning carried over), then tuned on in a second, shorter round.

All programs are scanned in one batch with the chosen analyzers (the default set, an absent CodeQL
skipped, unless ``--analyzers``); each is judged by :func:`seccode.verdict.judge` for its own CWE. The "always
vulnerable" row is the trivial baseline: recall 1, FPR 1, MCC undefined.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from _scoring import Row, fmt, per_cwe_rows, print_confusion_table, verdicts

from seccode.cwe import parse_cwe
from seccode.scanners import DEFAULT_ANALYZERS, Program, get_analyzers, scan_programs
from seccode.verdict import Confusion

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "benchmarks" / "unseen"
#: a second set, written later by another helper without reading the rules, and never used to tune them:
#: no dev/test split (every row is read as a number only), labels in ``labels.jsonl``
HOLDOUT = ROOT / "benchmarks" / "holdout"
#: a fresh tuning set (session 4), all ``dev``: its misses may be read and fixed, the holdout's may not
DEV2 = ROOT / "benchmarks" / "dev2"
DEV3 = ROOT / "benchmarks" / "dev3"
DEV4 = ROOT / "benchmarks" / "dev4"
DEV5 = ROOT / "benchmarks" / "dev5"
SETS = {"unseen": UNSEEN, "holdout": HOLDOUT, "dev2": DEV2, "dev3": DEV3, "dev4": DEV4, "dev5": DEV5}
SPLITS = ("dev", "test", "all")


@dataclass(frozen=True)
class Labelled:
    """One program of the set with its label, split and the labeller's reason."""

    program: Program
    path: str
    vulnerable: bool
    split: str
    why: str


def load(folder: Path = UNSEEN) -> list[Labelled]:
    """Every row of every ``labels*.jsonl`` with its program's source (rows without a split: ``test``)."""
    out: list[Labelled] = []
    for labels in sorted(folder.glob("labels*.jsonl")):
        for number, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            path = str(row["path"])
            source = folder / "programs" / path
            if not source.is_file():
                raise FileNotFoundError(f"{labels.name}:{number}: {source} not found")
            split = str(row.get("split", "test"))
            if split not in ("dev", "test"):
                raise ValueError(f"{labels.name}:{number}: split must be dev or test, not {split!r}")
            cwe = parse_cwe(str(row["cwe"]))
            program = Program(f"unseen:{path}", source.read_text(encoding="utf-8"), cwe)
            out.append(Labelled(program, path, bool(row["vulnerable"]), split, str(row.get("why", ""))))
    return out


def score(items: Sequence[Labelled], predicted: Sequence[bool]) -> dict[str, Row]:
    """The ensemble row and the always-vulnerable baseline for ``items``."""
    labels = [i.vulnerable for i in items]
    return {
        "ensemble": Confusion.of(list(predicted), labels).to_json(),
        "baseline: always vulnerable": Confusion.of([True] * len(labels), labels).to_json(),
    }


def evaluate(
    items: Sequence[Labelled],
    analyzers: Sequence[str] | None,
    splits: Sequence[str],
    cwes: bool,
    misses: bool,
) -> dict[str, object]:
    """Scan every program once (``analyzers`` None: the default set), then score each requested split."""
    chosen_analyzers = get_analyzers(list(analyzers) if analyzers else None)
    start = time.perf_counter()
    results = scan_programs([i.program for i in items], chosen_analyzers)
    wall = time.perf_counter() - start
    predicted = verdicts(results)
    parts: dict[str, object] = {}
    report: dict[str, object] = {
        "programs": len(items),
        "vulnerable": sum(i.vulnerable for i in items),
        "analyzers": ",".join(a.name for a in chosen_analyzers),
        "scan_wall_s": round(wall, 2),
        "analyzer_errors": sum(1 for r in results for e in r.errors if e.analyzer != "syntax"),
        "splits": parts,
    }
    for split in splits:
        chosen = [k for k, item in enumerate(items) if split == "all" or item.split == split]
        sub_items = [items[k] for k in chosen]
        sub_pred = [predicted[k] for k in chosen]
        part: dict[str, object] = {
            "programs": len(sub_items),
            "vulnerable": sum(i.vulnerable for i in sub_items),
            "rows": score(sub_items, sub_pred),
        }
        if cwes:
            part["per_cwe"] = per_cwe_rows(
                [i.program.cwe for i in sub_items], sub_pred, [i.vulnerable for i in sub_items]
            )
        if misses and (split == "all" or len(splits) == 1):  # each disagreement listed once
            part["misses"] = [
                {
                    "path": items[k].path,
                    "split": items[k].split,
                    "label": items[k].vulnerable,
                    "why": items[k].why,
                    "rules": sorted({f"{f.rule_id}:{f.cwe}" for f in results[k].findings}),
                }
                for k in chosen
                if predicted[k] != items[k].vulnerable
            ]
        parts[split] = part
    return report


def print_report(report: dict[str, object]) -> None:
    """Markdown tables: one per split, its per-CWE table and its disagreements when computed."""
    print(
        f"# Unseen set: {report['programs']} programs, {report['vulnerable']} vulnerable; analyzers "
        f"{report['analyzers']}; scan {report['scan_wall_s']} s wall, "
        f"{report['analyzer_errors']} analyzer errors"
    )
    splits = report["splits"]
    assert isinstance(splits, dict)
    for split, part in splits.items():
        print(f"\n## {split}: {part['programs']} programs, {part['vulnerable']} vulnerable\n")
        print_confusion_table(part["rows"])
        if "per_cwe" in part:
            print(f"\n### {split} per CWE\n")
            print("| CWE | n | vulnerable | accuracy | recall | fpr | tp | fp | tn | fn |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            for cwe, row in part["per_cwe"].items():
                print(
                    f"| {cwe} | {row['n']} | {row['tp'] + row['fn']} | {fmt(row['accuracy'])} "
                    f"| {fmt(row['recall'])} | {fmt(row['fpr'])} | {row['tp']} | {row['fp']} "
                    f"| {row['tn']} | {row['fn']} |"
                )
        if "misses" in part:
            print(f"\n### {split} disagreements ({len(part['misses'])})\n")
            for miss in part["misses"]:
                kind = "FN" if miss["label"] else "FP"
                print(f"- {kind} {miss['path']} ({miss['split']}) rules={miss['rules']}: {miss['why']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--analyzers",
        default="",
        help=f"comma-separated analyzers (default: {','.join(DEFAULT_ANALYZERS)}, CodeQL only if installed)",
    )
    parser.add_argument("--split", choices=SPLITS, help="one split only (default: dev, test and all)")
    parser.add_argument("--per-cwe", action="store_true", help="per-CWE rows")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list every disagreement with the labels (once, under the chosen split or 'all')",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--set", choices=sorted(SETS), default="unseen", help="which labelled set (default: unseen)"
    )
    args = parser.parse_args(argv)
    folder = SETS[args.set]
    try:
        items = load(folder)
    except (OSError, ValueError, KeyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not items:
        print(f"error: no labelled programs under {folder}", file=sys.stderr)
        return 2
    analyzers = [a.strip() for a in args.analyzers.split(",") if a.strip()] or None
    splits = [args.split] if args.split else (["all"] if args.set != "unseen" else list(SPLITS))
    report = evaluate(items, analyzers, splits, args.per_cwe, args.misses)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
