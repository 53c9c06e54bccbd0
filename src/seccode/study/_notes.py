"""Plain-language notes on where the artefacts and the paper's printed figures part ways, and why."""

from __future__ import annotations

from seccode.study._artifacts import PaperArtifacts
from seccode.study._figures import DetectionRow, IterativeRow


def detection_note(row: DetectionRow) -> str | None:
    """Explain a Table 3 accuracy that differs from the paper's printed one, else None."""
    if row.paper_percent is None or round(100 * row.correct.rate, 1) == row.paper_percent:
        return None
    paper_part = round(row.paper_percent / 100 * row.correct.total)
    gap = abs(row.correct.part - paper_part)
    return (
        f"Table 3, {row.judge}: the artefact gives {row.correct.percent()}; the paper prints "
        f"{row.paper_percent}% (= {paper_part}/{row.correct.total}), {gap} program{'s' * (gap != 1)} apart. "
        "The artefact publishes only the merged final label (label_codeql, label_bandit and label_manual "
        "are null), so which program accounts for the gap cannot be recovered (a label or an answer "
        "revised after Table 3 was computed is the likeliest cause); both figures are printed."
    )


def repair_notes(art: PaperArtifacts) -> list[str]:
    """Notes on Table 4: repairs counted outside the denominator, and rows that are not repairs."""
    notes = []
    outside = [r for r in art.repairs if r.verify_label == 0 and r.rq1_label <= 0]
    for r in outside:
        missing = "; it has no repaired file" if r.code is None else ""
        notes.append(
            f"Table 4, {r.repairer}<-{r.generator}: the paper counts as repaired {r.task_id}, which RQ1 "
            f"labelled secure{missing} (see rq3_anomalies.json); it is counted here too, so the total "
            "matches the paper; without it the cell is one lower."
        )
    skipped = sum(r.verify_label == -1 for r in art.repairs)
    if skipped:
        notes.append(
            f"Table 4: {skipped} repair rows are labelled -1 (not a repair task; rq3_anomalies.json lists "
            "them); like the paper, they count as not repaired."
        )
    return notes


def _explain(first: int, last: int, paper: float) -> str:
    for delta in range(1, 6):
        files = "file" if delta == 1 else "files"
        for a, b, what in (
            (first - delta, last, f"{delta} {files} fewer flagged at round 1"),
            (first + delta, last, f"{delta} {files} more flagged at round 1"),
            (first, last + delta, f"{delta} {files} more flagged at the final scan"),
            (first, last - delta, f"{delta} {files} fewer flagged at the final scan"),
        ):
            if a > 0 and round(100 * (a - b) / a, 1) == paper:
                return f"{paper}% would be ({a}-{b})/{a}, i.e. {what}"
    return f"{paper}% is not within five files of the logs"


def iterative_notes(rows: tuple[IterativeRow, ...]) -> list[str]:
    """Notes on Table 5: cells that differ from the paper, and why the strict metric is absent."""
    notes = []
    for row in rows:
        first, last = row.flagged[0], row.flagged[-1]
        if row.paper_percent is not None and round(100 * row.paper_metric, 1) != row.paper_percent:
            notes.append(
                f"Table 5, {row.fixer}<-{row.generator}: the round logs give ({first}-{last})/{first} = "
                f"{100 * row.paper_metric:.1f}%; the paper prints {row.paper_percent}%; "
                f"{_explain(first, last, row.paper_percent)}. The logs do not say which, so both are printed."
            )
        if row.paper_percent is None:
            notes.append(
                f"Table 5, {row.fixer}<-{row.generator}: in the artefact but not in the paper's table."
            )
    notes.append(
        "Table 5, strict metric and re-judged column: rq4_iterations.jsonl records, per round, the "
        "scanners' messages for each file but not the code, so neither our verdict for the target CWE "
        "nor the 'repaired code parses and keeps the task's functions' check can be applied; they are "
        "n/a for the paper's runs and are computed by `seccode study rq4` runs."
    )
    return notes


__all__ = ["detection_note", "iterative_notes", "repair_notes"]
