"""The stable JSON of the paper's tables (``reproduce-paper --format json``) and its inverse.

Keys are the artefacts' model names; ``A<-B`` means A repairs B's code. Counts are exact
integers; rates are rounded to three decimals, the precision of the paper's percentages.
"""

from __future__ import annotations

from typing import Any

from seccode.study._artifacts import GENERATORS
from seccode.study._figures import (
    Count,
    CweRow,
    DetectionRow,
    IterativeRow,
    PaperTables,
    RepairCell,
    RepairTotal,
    VulnerableRow,
)


def _rate(count: Count) -> float:
    return round(count.rate, 3)


def _count(c: Count | None, part: str) -> dict[str, Any] | None:
    return None if c is None else {part: c.part, "total": c.total, "rate": _rate(c)}


def _uncount(doc: dict[str, Any] | None, part: str) -> Count | None:
    return None if doc is None else Count(int(doc[part]), int(doc["total"]))


def tables_to_json(t: PaperTables) -> dict[str, Any]:
    """The stable JSON document of ``t``."""
    return {
        "analyzers": list(t.analyzers),
        "table2": {
            r.model: {
                **(_count(r.labelled, "vulnerable") or {}),
                "paper": r.paper.part,
                "matches_paper": r.labelled == r.paper,
                "rejudged": _count(r.rejudged, "vulnerable"),
            }
            for r in t.table2
        },
        "table3": {
            r.judge: {
                **(_count(r.correct, "correct") or {}),
                "false_positives": r.false_positives.part,
                "secure": r.false_positives.total,
                "false_positive_rate": _rate(r.false_positives),
                "paper_percent": r.paper_percent,
                "paper_correct": _paper_part(r),
                "matches_paper": None
                if r.paper_percent is None
                else round(100 * r.correct.rate, 1) == r.paper_percent,
                "rejudged": _count(r.rejudged, "correct"),
            }
            for r in t.table3
        },
        "table4": {
            r.repairer: {
                **(_count(r.repaired, "repaired") or {}),
                "paper": r.paper.part,
                "matches_paper": r.repaired == r.paper,
                "rejudged": _count(r.rejudged, "repaired"),
            }
            for r in t.table4_totals
        },
        "table4_matrix": {
            f"{c.repairer}<-{c.generator}": {
                **(_count(c.repaired, "repaired") or {}),
                "rejudged": _count(c.rejudged, "repaired"),
            }
            for c in t.table4
        },
        "table5": {
            f"{r.fixer}<-{r.generator}": {
                "paper_metric": round(r.paper_metric, 3),
                "strict_metric": r.strict,
                "flagged_per_round": list(r.flagged),
                "runs": r.runs,
                "paper_percent": r.paper_percent,
                "matches_paper": None
                if r.paper_percent is None
                else round(100 * r.paper_metric, 1) == r.paper_percent,
                "rejudged": None,
            }
            for r in t.table5
        },
        "per_cwe": [
            {
                "cwe": r.cwe,
                "tasks": r.tasks,
                "vulnerable": dict(zip(GENERATORS, r.labelled, strict=True)),
                "rejudged": None if r.rejudged is None else dict(zip(GENERATORS, r.rejudged, strict=True)),
            }
            for r in t.per_cwe
        ],
        "notes": list(t.notes),
    }


def _paper_part(row: DetectionRow) -> int | None:
    # the paper prints percentages only; this is the count that its percentage stands for
    return None if row.paper_percent is None else round(row.paper_percent / 100 * row.correct.total)


def _pair(key: str) -> tuple[str, str]:
    left, _, right = key.partition("<-")
    return left, right


def tables_from_json(doc: dict[str, Any]) -> PaperTables:
    """Rebuild the tables from :func:`tables_to_json`'s document (as a report reads a stored run)."""
    table2 = tuple(
        VulnerableRow(
            m,
            Count(v["vulnerable"], v["total"]),
            _uncount(v["rejudged"], "vulnerable"),
            Count(v["paper"], 121),
        )
        for m, v in doc["table2"].items()
    )
    table3 = tuple(
        DetectionRow(
            j,
            Count(v["correct"], v["total"]),
            Count(v["false_positives"], v["secure"]),
            v["paper_percent"],
            _uncount(v["rejudged"], "correct"),
        )
        for j, v in doc["table3"].items()
    )
    totals = tuple(
        RepairTotal(
            m,
            Count(v["repaired"], v["total"]),
            Count(v["paper"], v["total"]),
            _uncount(v["rejudged"], "repaired"),
        )
        for m, v in doc["table4"].items()
    )
    cells = tuple(
        RepairCell(*_pair(k), Count(v["repaired"], v["total"]), _uncount(v["rejudged"], "repaired"))
        for k, v in doc["table4_matrix"].items()
    )
    table5 = tuple(
        IterativeRow(
            *_pair(k), v["runs"], tuple(v["flagged_per_round"]), v["paper_percent"], v["strict_metric"]
        )
        for k, v in doc["table5"].items()
    )
    per_cwe = tuple(
        CweRow(
            r["cwe"],
            r["tasks"],
            tuple(r["vulnerable"][m] for m in GENERATORS),
            None if r["rejudged"] is None else tuple(r["rejudged"][m] for m in GENERATORS),
        )
        for r in doc["per_cwe"]
    )
    return PaperTables(
        table2, table3, cells, totals, table5, per_cwe, tuple(doc["notes"]), tuple(doc["analyzers"])
    )


__all__ = ["tables_from_json", "tables_to_json"]
