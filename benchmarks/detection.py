"""Detection quality: seccode's verdicts against the human labels of the paper's programs.

Usage: python benchmarks/detection.py [--data ../shared/data] [--analyzers bandit,semgrep,seccode-ast]
                                      [--per-cwe] [--coverage] [--misses] [--json] [--audit [DIR]]

Datasets (read from ``--data``, never copied into the repo):
  RQ1  paper/rq1_generations.jsonl  484 generated programs, ``label_final > 0`` = vulnerable
  RQ3  paper/rq3_repairs.jsonl      732 labelled repairs, ``verify_label`` 1 or 0.5 = vulnerable
       (-1 = not a repair task, and the 2 rows without a repaired file, are dropped)
  SE   securityeval.jsonl           121 ``Insecure_code`` examples, all vulnerable: recall only

All programs are scanned in one batch per dataset with every analyzer; each analyzer's row judges the
same results filtered to that analyzer's findings (what it would have said alone), the ensemble row
judges all findings. Verdicts come from :func:`seccode.verdict.judge` for the program's own CWE.
Two trivial baselines sit beside them, computed in-sample on the labels (nothing left out): the
per-CWE majority label ("target CWE only") and the per-task majority label ("task id only"). A judge
that beats them only on accuracy has learned the label distribution, not the weakness; read balanced
accuracy and MCC.

``--audit`` adds one more row, "ensemble vs audited labels": the same verdicts against the labels with
seccode's own reading of disputed rows (``benchmarks/label_audit/*.jsonl``, each with its class and a
one-sentence reason) in place of the published label where the audit says the label contradicts a
security fact or another label for equivalent code. It is there to show how much of the disagreement is
label noise; the published labels stay the measure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from _scoring import fmt, per_cwe_rows, print_confusion_table, verdicts

from seccode.cwe import parse_cwe
from seccode.scanners import Program, ScanResult, get_analyzers, scan_programs
from seccode.verdict import Confusion, majority_baseline

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


@dataclass(frozen=True)
class Labelled:
    """One program with its human label and the task it came from."""

    program: Program
    task: str
    vulnerable: bool


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_rq1(data: Path) -> list[Labelled]:
    """The 484 RQ1 generations and their ``label_final``."""
    out = []
    for index, row in enumerate(_rows(data / "paper" / "rq1_generations.jsonl")):
        program = Program(f"rq1-{index}", str(row["generated_code"]), parse_cwe(str(row["cwe"])))
        out.append(Labelled(program, str(row["task_id"]), float(str(row["label_final"])) > 0))
    return out


def load_rq3(data: Path) -> list[Labelled]:
    """The RQ3 repairs with a verify label (rows labelled -1, not repair tasks, are dropped)."""
    out = []
    for index, row in enumerate(_rows(data / "paper" / "rq3_repairs.jsonl")):
        label = float(str(row["verify_label"]))
        if label < 0 or not str(row.get("repaired_code") or "").strip():
            continue  # not a repair task, or no repaired file in the artefact
        program = Program(f"rq3-{index}", str(row["repaired_code"]), parse_cwe(str(row["cwe"])))
        out.append(Labelled(program, str(row["task_id"]), label > 0))
    return out


def load_securityeval(data: Path) -> list[Labelled]:
    """SecurityEval's 121 ``Insecure_code`` examples, vulnerable by construction."""
    out = []
    for index, row in enumerate(_rows(data / "securityeval.jsonl")):
        task = str(row["ID"])
        program = Program(f"se-{index}", str(row["Insecure_code"]), parse_cwe(task.split("_", 1)[0]))
        out.append(Labelled(program, task, True))
    return out


#: audit classes whose ``reading`` replaces the published label in the audited row
_OVERRIDING = frozenset({"label", "conflict"})


def load_audit(folder: Path, dataset: str) -> dict[str, dict[str, object]]:
    """seccode's own reading of disputed rows (``benchmarks/label_audit/*.jsonl``), by program id.

    Only rows whose class is ``label`` (the label contradicts a security fact) or ``conflict`` (labels
    contradict each other for equivalent code) override the published label, and only in the separate
    "audited" row; ``unclear`` and ``rule-limit`` rows keep the published label.
    """
    audit: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for row in _rows(path):
            if row.get("dataset") == dataset:
                audit[f"{dataset}-{row['row']}"] = row
    return audit


def audited(items: Sequence[Labelled], audit: dict[str, dict[str, object]]) -> list[Labelled]:
    """``items`` with the audit's reading in place of the label where the audit overrides it."""
    out = []
    for item in items:
        row = audit.get(item.program.id)
        if row is not None and row.get("class") in _OVERRIDING:
            item = replace(item, vulnerable=row.get("reading") == "vulnerable")
        out.append(item)
    return out


def only(result: ScanResult, analyzer: str) -> ScanResult:
    """The scan result as if ``analyzer`` had run alone (its findings, its run record)."""
    return replace(
        result,
        findings=tuple(f for f in result.findings if f.scanner == analyzer),
        analyzers=tuple(run for run in result.analyzers if run.name == analyzer),
    )


def evaluate(
    name: str,
    items: list[Labelled],
    analyzers: Sequence[str],
    per_cwe: bool,
    misses: bool,
    audit: dict[str, dict[str, object]] | None = None,
) -> dict[str, object]:
    """Scan one dataset in one batch and score every analyzer, the ensemble and the baselines."""
    programs = [i.program for i in items]
    start = time.perf_counter()
    results = scan_programs(programs, get_analyzers(list(analyzers)))
    wall = time.perf_counter() - start
    labels = [i.vulnerable for i in items]
    predicted = verdicts(results)  # the ensemble's, judged once and reused below
    rows: dict[str, Confusion] = {}
    for analyzer in analyzers:
        rows[analyzer] = Confusion.of(verdicts([only(r, analyzer) for r in results]), labels)
    rows["ensemble"] = Confusion.of(predicted, labels)
    rows["baseline: target CWE only"] = Confusion.of(
        majority_baseline([p.cwe for p in programs], labels), labels
    )
    rows["baseline: task id only"] = Confusion.of(majority_baseline([i.task for i in items], labels), labels)
    if audit:
        # a separate row, never a replacement: the published labels stay the measure
        fixed = audited(items, audit)
        rows["ensemble vs audited labels"] = Confusion.of(predicted, [i.vulnerable for i in fixed])
        changed = sum(1 for a, b in zip(items, fixed, strict=True) if a.vulnerable != b.vulnerable)
    errors = sum(1 for r in results for e in r.errors if e.analyzer != "syntax")
    report: dict[str, object] = {
        "dataset": name,
        "programs": len(items),
        "vulnerable": sum(labels),
        "scan_wall_s": round(wall, 2),
        "analyzer_errors": errors,
        "rows": {k: v.to_json() for k, v in rows.items()},
    }
    if audit:
        classes: dict[str, int] = {}
        for row in audit.values():
            classes[str(row.get("class"))] = classes.get(str(row.get("class")), 0) + 1
        report["audit"] = {"rows": len(audit), "labels_changed": changed, "classes": classes}
    if per_cwe:
        report["per_cwe"] = per_cwe_rows([p.cwe for p in programs], predicted, labels)
    if misses:
        report["misses"] = [
            {
                "id": item.program.id,
                "task": item.task,
                "label": item.vulnerable,
                "rules": sorted({f"{f.rule_id}:{f.cwe}" for f in result.findings}),
            }
            for item, result, verdict in zip(items, results, predicted, strict=True)
            if verdict != item.vulnerable
        ]
    return report


def print_report(report: dict[str, object]) -> None:
    """One markdown table per dataset (and its per-CWE table when computed)."""
    print(
        f"\n## {report['dataset']}: {report['programs']} programs, {report['vulnerable']} vulnerable; "
        f"scan {report['scan_wall_s']} s wall, {report['analyzer_errors']} analyzer errors\n"
    )
    rows = report["rows"]
    assert isinstance(rows, dict)
    print_confusion_table(rows)
    per_cwe = report.get("per_cwe")
    if isinstance(per_cwe, dict):
        print(f"\n### {report['dataset']} per CWE (ensemble)\n")
        print("| CWE | n | vulnerable | accuracy | recall | fpr | fp | fn |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for cwe, row in per_cwe.items():
            vulnerable = row["tp"] + row["fn"]
            print(
                f"| {cwe} | {row['n']} | {vulnerable} | {fmt(row['accuracy'])} | {fmt(row['recall'])} "
                f"| {fmt(row['fpr'])} | {row['fp']} | {row['fn']} |"
            )
    audit = report.get("audit")
    if isinstance(audit, dict):
        print(
            f"\nAudit: {audit['rows']} disputed rows read by seccode's authors "
            f"({', '.join(f'{k} {v}' for k, v in sorted(audit['classes'].items()))}); "
            f"{audit['labels_changed']} labels differ in the 'audited' row only."
        )
    missed = report.get("misses")
    if isinstance(missed, list):
        print(f"\n### {report['dataset']} disagreements\n")
        for miss in missed:
            print(f"- {miss['id']} {miss['task']} label={miss['label']} rules={miss['rules']}")


def coverage(data: Path) -> dict[str, list[str]]:
    """For each SecurityEval CWE, the rules of the pack whose CWE it is."""
    from seccode.scanners.rules import rule_inventory

    csv = data / "paper" / "cwe_counts.csv"
    cwes = [line.split(",", 1)[0] for line in csv.read_text(encoding="utf-8").splitlines()[1:] if line]
    by_cwe: dict[int, list[str]] = {}
    for rule in rule_inventory():
        for cwe in rule.cwes:
            by_cwe.setdefault(cwe, []).append(rule.id)
    return {cwe: sorted(by_cwe.get(parse_cwe(cwe), [])) for cwe in cwes}


def print_coverage(table: dict[str, list[str]]) -> None:
    """The coverage table: CWE, rule count, rule ids."""
    covered = sum(1 for rules in table.values() if rules)
    print(f"\n## Rule coverage of SecurityEval's CWEs: {covered}/{len(table)}\n")
    print("| CWE | rules | rule ids |")
    print("|---|---:|---|")
    for cwe, rules in table.items():
        print(f"| {cwe} | {len(rules)} | {', '.join(rules) or '**none**'} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--analyzers", default="bandit,semgrep,seccode-ast")
    parser.add_argument("--datasets", default="rq1,rq3,securityeval")
    parser.add_argument("--per-cwe", action="store_true", help="per-CWE rows of the ensemble")
    parser.add_argument("--coverage", action="store_true", help="the rule coverage table")
    parser.add_argument("--misses", action="store_true", help="list every disagreement with the labels")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--audit",
        type=Path,
        nargs="?",
        const=ROOT / "benchmarks" / "label_audit",
        help="add a row against the labels as read by our label audit (default: benchmarks/label_audit)",
    )
    args = parser.parse_args(argv)
    needed = {
        "rq1": args.data / "paper" / "rq1_generations.jsonl",
        "rq3": args.data / "paper" / "rq3_repairs.jsonl",
        "securityeval": args.data / "securityeval.jsonl",
    }
    chosen = [d.strip() for d in args.datasets.split(",") if d.strip()]
    missing = [str(needed[d]) for d in chosen if d in needed and not needed[d].exists()]
    unknown = [d for d in chosen if d not in needed]
    if unknown:
        print(f"error: unknown dataset {unknown[0]!r}; choose from rq1, rq3, securityeval", file=sys.stderr)
        return 2
    if missing:
        print(f"error: {missing[0]} not found (the study's data lives in ../shared/data)", file=sys.stderr)
        return 2
    analyzers = [a.strip() for a in args.analyzers.split(",") if a.strip()]
    loaders = {"rq1": load_rq1, "rq3": load_rq3, "securityeval": load_securityeval}
    reports = [
        evaluate(
            name,
            loaders[name](args.data),
            analyzers,
            args.per_cwe,
            args.misses,
            load_audit(args.audit, name) if args.audit else None,
        )
        for name in chosen
    ]
    table = coverage(args.data) if args.coverage else None
    if args.json:
        print(json.dumps({"reports": reports, "coverage": table}, indent=2))
        return 0
    for report in reports:
        print_report(report)
    if table is not None:
        print_coverage(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
