"""The paper's Tables 2-5 (and Table 2 per CWE) computed from its artefacts' labels, each next to
the paper's printed figure and, when a :class:`Rejudgement` is given, the same figure by our
analyzers. Every difference from the paper is explained in a note rather than hidden."""

from __future__ import annotations

from collections import defaultdict

from seccode.study._artifacts import GENERATORS, REPAIRERS, Generation, PaperArtifacts
from seccode.study._figures import (
    PAPER_TABLE2,
    PAPER_TABLE3,
    PAPER_TABLE4,
    PAPER_TABLE5,
    Count,
    CweRow,
    DetectionRow,
    IterativeRow,
    PaperTables,
    RepairCell,
    RepairTotal,
    VulnerableRow,
)
from seccode.study._notes import detection_note, iterative_notes, repair_notes
from seccode.study._rejudge import Rejudgement

#: the judge name of our analyzers in Table 3
SECCODE_JUDGE = "seccode"


def _table2(art: PaperArtifacts, rj: Rejudgement | None) -> tuple[VulnerableRow, ...]:
    rows = []
    for model in GENERATORS:
        gens = [g for g in art.generations if g.model == model]
        ours = (
            None
            if rj is None
            else Count(sum((g.model, g.task_id) in rj.vulnerable_generations for g in gens), len(gens))
        )
        rows.append(
            VulnerableRow(
                model,
                Count(sum(g.vulnerable for g in gens), len(gens)),
                ours,
                Count(PAPER_TABLE2[model], 121),
            )
        )
    return tuple(rows)


def _detection(
    judge: str,
    gens: list[Generation],
    said: dict[tuple[str, str], bool | None],
    truth: dict[tuple[str, str], bool],
) -> tuple[Count, Count]:
    keys = [(g.model, g.task_id) for g in gens]
    correct = sum(said[k] is not None and said[k] == truth[k] for k in keys)
    secure = [k for k in keys if not truth[k]]
    return Count(correct, len(keys)), Count(sum(said[k] is True for k in secure), len(secure))


def _table3(art: PaperArtifacts, rj: Rejudgement | None) -> tuple[DetectionRow, ...]:
    gens = list(art.generations)
    labels = {(g.model, g.task_id): g.vulnerable for g in gens}
    ours = None if rj is None else {k: k in rj.vulnerable_generations for k in labels}
    rows = []
    for judge in REPAIRERS:
        said = {(g.model, g.task_id): g.judgment(judge) for g in gens}
        correct, fp = _detection(judge, gens, said, labels)
        again = None if ours is None else _detection(judge, gens, said, ours)[0]
        rows.append(DetectionRow(judge, correct, fp, PAPER_TABLE3.get(judge), again))
    if ours is not None:
        correct, fp = _detection(SECCODE_JUDGE, gens, {k: v for k, v in ours.items()}, labels)
        rows.append(DetectionRow(SECCODE_JUDGE, correct, fp, None, None))
    return tuple(rows)


def _table4(
    art: PaperArtifacts, rj: Rejudgement | None
) -> tuple[tuple[RepairCell, ...], tuple[RepairTotal, ...]]:
    cells = []
    for repairer in REPAIRERS:
        for generator in GENERATORS:
            vulnerable = [g for g in art.generations if g.model == generator and g.vulnerable]
            rows = [r for r in art.repairs if r.repairer == repairer and r.generator == generator]
            # as in the paper: every row verified 0 counts, over the generator's vulnerable programs
            repaired = Count(sum(r.verify_label == 0 for r in rows), len(vulnerable))
            ours = None
            if rj is not None:
                flagged = [g.task_id for g in vulnerable if (g.model, g.task_id) in rj.vulnerable_generations]
                ours = Count(
                    sum((repairer, generator, t) in rj.cleared_repairs for t in flagged), len(flagged)
                )
            cells.append(RepairCell(repairer, generator, repaired, ours))
    totals = []
    for repairer in REPAIRERS:
        mine = [c for c in cells if c.repairer == repairer]
        total = Count(sum(c.repaired.part for c in mine), sum(c.repaired.total for c in mine))
        ours = None
        if rj is not None:
            ours = Count(
                sum(c.rejudged.part for c in mine if c.rejudged),
                sum(c.rejudged.total for c in mine if c.rejudged),
            )
        totals.append(RepairTotal(repairer, total, Count(PAPER_TABLE4[repairer], total.total), ours))
    return tuple(cells), tuple(totals)


def _table5(art: PaperArtifacts) -> tuple[IterativeRow, ...]:
    flagged: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    runs: dict[tuple[str, str], set[int]] = defaultdict(set)
    for scan in art.rounds:
        flagged[(scan.fixer, scan.generator)][scan.round] += scan.flagged
        runs[(scan.fixer, scan.generator)].add(scan.run)
    order = sorted(flagged, key=lambda k: (REPAIRERS.index(k[0]), GENERATORS.index(k[1])))
    return tuple(
        IterativeRow(
            fixer,
            gen,
            len(runs[(fixer, gen)]),
            tuple(v for _, v in sorted(flagged[(fixer, gen)].items())),
            PAPER_TABLE5.get((fixer, gen)),
            None,
        )
        for fixer, gen in order
    )


def _per_cwe(art: PaperArtifacts, rj: Rejudgement | None) -> tuple[CweRow, ...]:
    rows = []
    for cwe in sorted({g.cwe for g in art.generations}):
        gens = [g for g in art.generations if g.cwe == cwe]
        labelled = tuple(sum(g.vulnerable for g in gens if g.model == m) for m in GENERATORS)
        ours = None
        if rj is not None:
            ours = tuple(
                sum((m, g.task_id) in rj.vulnerable_generations for g in gens if g.model == m)
                for m in GENERATORS
            )
        rows.append(CweRow(cwe, len({g.task_id for g in gens}), labelled, ours))
    return tuple(rows)


def paper_tables(art: PaperArtifacts, rj: Rejudgement | None = None) -> PaperTables:
    """Compute every table from the artefacts (and our verdicts when ``rj`` is given)."""
    table3 = _table3(art, rj)
    cells, totals = _table4(art, rj)
    table5 = _table5(art)
    notes = [n for n in (detection_note(row) for row in table3) if n]
    notes += repair_notes(art)
    notes += iterative_notes(table5)
    analyzers = () if rj is None else tuple(f"{a.name} {a.version}" for a in rj.analyzers)
    return PaperTables(
        _table2(art, rj), table3, cells, totals, table5, _per_cwe(art, rj), tuple(notes), analyzers
    )


__all__ = ["SECCODE_JUDGE", "paper_tables"]
