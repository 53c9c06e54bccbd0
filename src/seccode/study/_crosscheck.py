"""The cross-check of ``reproduce-paper``: the tables computed directly from the artefacts' labels
against the same figures from the study re-run by replay (:func:`replay_study`).

Both paths read the same recorded answers and labels, so they must agree to the program. The one
kind of row a replay cannot reproduce is named, not hidden: Table 4 counts a repair verified 0 of
a program RQ1 labelled secure (rq3_anomalies.json), which RQ3 never sends for repair; the expected
replayed figure is the direct one less such rows, with the reason printed beside it (likewise a
program labelled vulnerable whose repair the artefacts do not record).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from seccode.study._artifacts import PaperArtifacts, Repair
from seccode.study._figures import Count, PaperTables
from seccode.study._replay_paper import ReplayedFigures, replay_study


@dataclass(frozen=True, slots=True)
class Agreement:
    """One figure both ways: ``expected`` is what the replay must give (``direct`` unless ``reason``
    names rows a replay cannot reproduce); ``replayed`` is None when the replay has no such figure."""

    figure: str
    direct: Count
    replayed: Count | None
    expected: Count
    reason: str = ""

    @property
    def agrees(self) -> bool:
        """The replayed figure is the expected one."""
        return self.replayed == self.expected


@dataclass(frozen=True, slots=True)
class ReplayCheck:
    """The replayed study's figures, each compared with the direct computation."""

    figures: ReplayedFigures
    agreements: tuple[Agreement, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        """Every figure agrees."""
        return all(a.agrees for a in self.agreements)


def _shortfall(art: PaperArtifacts, repairer: str, generator: str | None) -> tuple[list[Repair], list[str]]:
    """What the direct Table 4 count holds that a replay cannot: repairs verified 0 of programs
    labelled secure (never sent), and programs labelled vulnerable with no recorded repair."""
    mine = [r for r in art.repairs if r.repairer == repairer and generator in (None, r.generator)]
    vulnerable = {(g.model, g.task_id) for g in art.generations if g.vulnerable}
    outside = [r for r in mine if r.verify_label == 0 and (r.generator, r.task_id) not in vulnerable]
    recorded = {(r.generator, r.task_id) for r in mine if r.code is not None}
    unrepaired = sorted(
        f"{repairer}<-{m} {t}" for m, t in vulnerable if generator in (None, m) and (m, t) not in recorded
    )
    return outside, unrepaired


def _less(direct: Count, shortfall: tuple[list[Repair], list[str]]) -> tuple[Count, str]:
    outside, unrepaired = shortfall
    reasons = []
    if outside:
        named = ", ".join(f"{r.repairer}<-{r.generator} {r.task_id}" for r in outside)
        reasons.append(
            f"the direct count includes {named}: verified 0 but its program is labelled secure "
            "(rq3_anomalies.json), so RQ3 never sends it and a replay cannot count it"
        )
    if unrepaired:
        reasons.append(f"no recorded repair of the vulnerable {', '.join(unrepaired)}")
    return Count(direct.part - len(outside), direct.total - len(unrepaired)), "; ".join(reasons)


def cross_check(art: PaperArtifacts, tables: PaperTables, figures: ReplayedFigures) -> tuple[Agreement, ...]:
    """Compare every label-derived figure of ``tables`` with the replayed ``figures``."""
    out: list[Agreement] = []
    vulnerable, correct, fp = dict(figures.vulnerable), dict(figures.correct), dict(figures.false_positives)
    for row2 in tables.table2:
        got = vulnerable.get(row2.model)
        out.append(Agreement(f"Table 2 {row2.model} vulnerable", row2.labelled, got, row2.labelled))
    for row3 in tables.table3:
        if row3.judge in correct:
            out.append(
                Agreement(f"Table 3 {row3.judge} correct", row3.correct, correct[row3.judge], row3.correct)
            )
            out.append(
                Agreement(
                    f"Table 3 {row3.judge} false positives",
                    row3.false_positives,
                    fp[row3.judge],
                    row3.false_positives,
                )
            )
    repaired = {(r, g): c for r, g, c in figures.repaired}
    for cell in tables.table4:
        expected, reason = _less(cell.repaired, _shortfall(art, cell.repairer, cell.generator))
        got = repaired.get((cell.repairer, cell.generator))
        out.append(
            Agreement(f"Table 4 {cell.repairer}<-{cell.generator}", cell.repaired, got, expected, reason)
        )
    for total in tables.table4_totals:
        mine = [c for (r, _), c in repaired.items() if r == total.repairer]
        got = Count(sum(c.part for c in mine), sum(c.total for c in mine)) if mine else None
        expected, reason = _less(total.repaired, _shortfall(art, total.repairer, None))
        out.append(Agreement(f"Table 4 {total.repairer} total", total.repaired, got, expected, reason))
    flagged = {(f, g): rounds for f, g, rounds in figures.flagged}
    for row5 in tables.table5:
        first, last = row5.flagged[0], row5.flagged[-1]
        direct = Count(first - last, first)
        logged = flagged.get((row5.fixer, row5.generator))
        # the whole per-round series must match, not only its ends
        got = Count(logged[0] - logged[-1], logged[0]) if logged == row5.flagged else None
        name = f"Table 5 {row5.fixer}<-{row5.generator} cleared (logs imported as data)"
        out.append(Agreement(name, direct, got, direct))
    return tuple(out)


def check_by_replay(art: PaperArtifacts, tables: PaperTables, store: str | Path | None = None) -> ReplayCheck:
    """Re-run the study by replay (into ``store``, else a temporary one) and cross-check ``tables``."""
    start = time.perf_counter()
    if store is not None:
        figures = replay_study(art, store)
    else:
        with tempfile.TemporaryDirectory(prefix="seccode-replay-") as folder:
            figures = replay_study(art, Path(folder) / "replay.sqlite")
    return ReplayCheck(figures, cross_check(art, tables, figures), time.perf_counter() - start)


def _pair(count: Count | None) -> list[int] | None:
    return None if count is None else [count.part, count.total]


def check_to_json(check: ReplayCheck) -> dict[str, object]:
    """The check as plain JSON: each figure's ``[part, total]`` direct, replayed and expected."""
    return {
        "ok": check.ok,
        "seconds": round(check.seconds, 3),
        "store": check.figures.store,
        "failures": list(check.figures.failures),
        "figures": [
            {
                "figure": a.figure,
                "direct": _pair(a.direct),
                "replayed": _pair(a.replayed),
                "expected": _pair(a.expected),
                "agrees": a.agrees,
                "reason": a.reason,
            }
            for a in check.agreements
        ],
    }


__all__ = ["Agreement", "ReplayCheck", "check_by_replay", "check_to_json", "cross_check"]
