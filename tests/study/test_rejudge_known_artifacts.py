"""Re-judging with the real analyzers over a small artefact set whose every answer is known."""

from __future__ import annotations

import pytest

from seccode.scanners import get_analyzers
from seccode.study import PaperTables, load_artifacts, paper_tables, rejudge, tables_to_json
from seccode.study.testing import write_fake_artifacts


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> PaperTables:
    art = load_artifacts(write_fake_artifacts(tmp_path_factory.mktemp("artifacts")))
    return paper_tables(art, rejudge(art, get_analyzers(["bandit"])))


def test_table2_rejudged_differs_from_labels_only_where_the_labels_say_partly(tables: PaperTables) -> None:
    labelled = {r.model: (r.labelled.part, r.labelled.total) for r in tables.table2}
    ours = {r.model: (r.rejudged.part, r.rejudged.total) for r in tables.table2 if r.rejudged}
    assert labelled == {"gpt-3.5": (1, 2), "gpt-4": (1, 2), "codellama": (1, 2), "codegeex2": (2, 2)}
    assert ours == {"gpt-3.5": (1, 2), "gpt-4": (1, 2), "codellama": (1, 2), "codegeex2": (1, 2)}


def test_table3_against_labels_and_against_our_verdicts(tables: PaperTables) -> None:
    rows = {r.judge: r for r in tables.table3}
    assert rows["gpt-3.5"].correct.part == 5
    assert rows["gpt-3.5"].rejudged is not None and rows["gpt-3.5"].rejudged.part == 4
    assert (rows["gpt-3.5"].false_positives.part, rows["gpt-3.5"].false_positives.total) == (3, 3)
    assert rows["gpt-4"].correct.part == 8 and rows["gpt-4"].rejudged is not None
    assert rows["gpt-4"].rejudged.part == 7
    seccode = rows["seccode"]  # our analyzers as a judge, against the labels
    assert (seccode.correct.part, seccode.correct.total, seccode.false_positives.part) == (7, 8, 0)


def test_table4_rejudged_counts_only_programs_we_flag(tables: PaperTables) -> None:
    cells = {(c.repairer, c.generator): c for c in tables.table4}
    geex = cells[("gpt-4", "codegeex2")]
    assert (geex.repaired.part, geex.repaired.total) == (1, 2)
    assert geex.rejudged is not None and (geex.rejudged.part, geex.rejudged.total) == (1, 1)
    totals = {t.repairer: t for t in tables.table4_totals}
    assert totals["gpt-3.5"].rejudged is not None and totals["gpt-3.5"].rejudged.part == 0
    assert totals["gpt-4"].rejudged is not None and totals["gpt-4"].rejudged.part == 4


def test_table5_and_json(tables: PaperTables) -> None:
    (row,) = tables.table5
    assert (row.fixer, row.generator, row.runs, row.flagged, row.paper_metric) == (
        "gpt-4", "gpt-4", 1, (1, 0, 0, 0, 0, 0), 1.0,
    )  # fmt: skip
    doc = tables_to_json(tables)
    assert doc["table2"]["codegeex2"]["rejudged"] == {"vulnerable": 1, "total": 2, "rate": 0.5}
    assert (
        doc["analyzers"][:2] == [doc["analyzers"][0], doc["analyzers"][1]] and "bandit" in doc["analyzers"][1]
    )
