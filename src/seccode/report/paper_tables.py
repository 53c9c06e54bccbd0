"""The paper's tables as :class:`~seccode.report._table.Table` records, paper figure beside ours."""

from __future__ import annotations

from seccode.report._table import Table
from seccode.study import GENERATORS, Count, PaperTables, RepairCell


def _c(count: Count | None) -> str:
    return "n/a" if count is None else count.percent()


def _yes(match: bool | None) -> str:
    return "" if match is None else ("yes" if match else "no, see notes")


def _cell(c: RepairCell) -> str:
    ours = "n/a" if c.rejudged is None else f"{c.rejudged.part}/{c.rejudged.total}"
    return f"{c.repaired.part}/{c.repaired.total} [{ours}]"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def paper_tables_as_tables(t: PaperTables) -> list[Table]:
    """Tables 2, 3, 4 (totals and matrix), 5 and the per-CWE breakdown of Table 2."""
    ours = "re-judged by seccode"
    table2 = Table(
        "table2",
        "Table 2: vulnerable programs per generator (RQ1)",
        ("generator", "paper", "from labels", "match", ours),
        tuple(
            (r.model, _c(r.paper), _c(r.labelled), _yes(r.labelled == r.paper), _c(r.rejudged))
            for r in t.table2
        ),
    )
    table3 = Table(
        "table3",
        "Table 3: detection accuracy against the labels (RQ2)",
        ("judge", "paper", "from labels", "match", "false positives", "accuracy vs our verdicts"),
        tuple(
            (
                r.judge,
                "n/a" if r.paper_percent is None else f"{r.paper_percent}%",
                _c(r.correct),
                _yes(None if r.paper_percent is None else round(100 * r.correct.rate, 1) == r.paper_percent),
                _c(r.false_positives),
                _c(r.rejudged),
            )
            for r in t.table3
        ),
    )
    table4 = Table(
        "table4",
        "Table 4: programs repaired by one repair (RQ3)",
        ("repairer", "paper", "from labels", "match", ours),
        tuple(
            (r.repairer, _c(r.paper), _c(r.repaired), _yes(r.repaired == r.paper), _c(r.rejudged))
            for r in t.table4_totals
        ),
    )
    repairers = tuple(dict.fromkeys(c.repairer for c in t.table4))
    matrix = Table(
        "table4_matrix",
        "Table 4 matrix: repaired / vulnerable, repairer (rows) x generator (columns); ours in brackets",
        ("repairer", *GENERATORS),
        tuple(
            (
                rep,
                *(_cell(c) for g in GENERATORS for c in t.table4 if c.repairer == rep and c.generator == g),
            )
            for rep in repairers
        ),
    )
    table5 = Table(
        "table5",
        "Table 5: iterative repair, 5 runs x 5 rounds (RQ4); A<-B: A repairs B's code",
        (
            "configuration",
            "paper",
            "paper metric from logs",
            "match",
            "strict metric",
            "flagged per round (1-5, final)",
        ),
        tuple(
            (
                f"{r.fixer}<-{r.generator}",
                "n/a" if r.paper_percent is None else f"{r.paper_percent}%",
                f"{_pct(r.paper_metric)} ({r.flagged[0]}->{r.flagged[-1]})",
                _yes(None if r.paper_percent is None else round(100 * r.paper_metric, 1) == r.paper_percent),
                _pct(r.strict),
                " ".join(str(n) for n in r.flagged),
            )
            for r in t.table5
        ),
    )
    per_cwe = Table(
        "per_cwe",
        "Table 2 per CWE: vulnerable programs by the labels [by our analyzers]",
        ("CWE", "tasks", *GENERATORS),
        tuple(
            (
                f"CWE-{r.cwe}",
                str(r.tasks),
                *(
                    f"{n} [{'n/a' if r.rejudged is None else r.rejudged[i]}]"
                    for i, n in enumerate(r.labelled)
                ),
            )
            for r in t.per_cwe
        ),
    )
    return [table2, table3, table4, matrix, table5, per_cwe]


__all__ = ["paper_tables_as_tables"]
