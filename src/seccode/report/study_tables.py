"""The tables of a study run (RQ1-RQ4) as :class:`~seccode.report._table.Table` records."""

from __future__ import annotations

from seccode.report._table import Table
from seccode.store import RunStore
from seccode.study import Count, IterativeRow
from seccode.study._run_metrics import RunFigures


def _c(count: Count | None) -> str:
    return "n/a" if count is None else count.percent()


def study_tables(store: RunStore, run_id: str) -> tuple[list[Table], list[IterativeRow]]:
    """The run's tables, and Figure 6's rows for an rq4 run (empty otherwise)."""
    figures = RunFigures(store, run_id)
    kind = figures.plan.kind
    if kind == "rq1":
        rows = figures.generation()
        per_cwe = Table(
            "rq1_per_cwe",
            "RQ1 per CWE: vulnerable programs by our verdict",
            ("CWE", *figures.plan.models),
            tuple(
                ("none" if cwe is None else f"CWE-{cwe}", *(f"{c.part}/{c.total}" for c in counts))
                for cwe, counts in figures.generation_per_cwe()
            ),
        )
        return [
            Table(
                "rq1",
                "RQ1: vulnerable programs per model (our verdict for the task's CWE)",
                (
                    "model",
                    "answers",
                    "no code",
                    "vulnerable (ours)",
                    "vulnerable (labels)",
                    "tokens in/out",
                    "model time",
                    "cost",
                ),
                tuple(
                    (
                        r.model,
                        str(r.answers),
                        str(r.no_code),
                        _c(r.vulnerable),
                        _c(r.labelled),
                        f"{r.prompt_tokens}/{r.completion_tokens}",
                        f"{r.latency_s:.1f}s",
                        "n/a" if r.cost_usd is None else f"${r.cost_usd:.4f}",
                    )
                    for r in rows
                ),
            ),
            per_cwe,
        ], []
    if kind == "rq2":
        scores = figures.detection()
        return [
            Table(
                "rq2",
                "RQ2: detection accuracy (the paper's prompt)",
                ("judge", "reference", "accuracy", "false positives", "unparsable"),
                tuple(
                    (s.judge, s.reference, _c(s.correct), _c(s.false_positives), str(s.unparsable))
                    for s in scores
                ),
            )
        ], []
    if kind == "rq3":
        cells = figures.repair()
        return [
            Table(
                "rq3",
                "RQ3: one repair, strictly repaired (parses, keeps the task's functions, not vulnerable)",
                ("repairer", "generator", "repaired"),
                tuple((c.repairer, c.generator, _c(c.repaired)) for c in cells),
            )
        ], []
    loops = figures.loops()
    rounds = figures.plan.max_rounds + 1
    table = Table(
        "rq4",
        "RQ4: iterative repair; paper metric (any finding) and strict metric (target CWE)",
        ("configuration", "runs", "paper metric", "strict metric", "flagged per round (0 = generation)"),
        tuple(
            (
                f"{s.row.fixer}<-{s.row.generator}",
                str(s.row.runs),
                f"{100 * s.row.paper_metric:.1f}%",
                "n/a" if s.row.strict is None else f"{100 * s.row.strict:.1f}%",
                " ".join(map(str, s.row.flagged)),
            )
            for s in loops
        ),
    )
    cumulative = Table(
        "rq4_cumulative",
        "RQ4: cumulative strict success after each round",
        ("configuration", *(f"round {i}" for i in range(rounds))),
        tuple((f"{s.row.fixer}<-{s.row.generator}", *(_c(c) for c in s.cumulative)) for s in loops),
    )
    return [table, cumulative], [s.row for s in loops]


__all__ = ["study_tables"]
