"""The paper's study re-run through the replay provider reproduces its label-derived figures, and
``reproduce-paper`` cross-checks exactly that against its direct computation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seccode.cli import main
from seccode.errors import SeccodeError
from seccode.store import RunStore
from seccode.study import RunFigures, load_artifacts, paper_tables
from seccode.study._crosscheck import check_by_replay
from seccode.study._plan import StudyPlan
from seccode.study._runs import start_study
from seccode.study.testing import write_fake_artifacts

ARTIFACTS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "paper"
needs_paper = pytest.mark.skipif(
    not (ARTIFACTS / "rq1_generations.jsonl").is_file(),
    reason=f"the paper's artefacts are not at {ARTIFACTS}",
)
GENERATORS = ",".join(f"replay:paper:{m}" for m in ("gpt-3.5", "gpt-4", "codellama", "codegeex2"))
JUDGES = "replay:paper:gpt-3.5,replay:paper:gpt-4"


def _tasks(folder: Path, into: Path) -> Path:
    # the artefacts carry task ids and CWEs but no prompts; a replay needs no prompt
    rows = {
        r["task_id"]: r["cwe"]
        for r in map(json.loads, (folder / "rq1_generations.jsonl").read_text().splitlines())
    }
    into.write_text(
        "".join(json.dumps({"id": t, "prompt": "# ?\n", "cwe": c}) + "\n" for t, c in rows.items())
    )
    return into


@needs_paper
# the paper's CWE-730/author_1.py has an invalid escape; as an error it would stop that program parsing
@pytest.mark.filterwarnings("ignore:invalid escape sequence")
def test_the_cli_pipeline_by_replay_reproduces_tables_3_and_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECCODE_PAPER_DIR", str(ARTIFACTS))
    study, tasks = str(tmp_path / "s.sqlite"), str(_tasks(ARTIFACTS, tmp_path / "tasks.jsonl"))
    common = ["--store", study, "--analyzers", "syntax", "--concurrency", "32"]
    assert main(["study", "paper-labels", "--artifacts", str(ARTIFACTS), "--out", str(tmp_path)]) == 0
    rq1_labels, rq3_labels = str(tmp_path / "rq1_labels.jsonl"), str(tmp_path / "rq3_labels.jsonl")
    assert (
        main(["study", "rq1", *common, "--models", GENERATORS, "--tasks", tasks, "--labels", rq1_labels]) == 0
    )
    assert main(["study", "rq2", *common, "--models", JUDGES, "--from-run", "rq1"]) == 0
    assert (
        main(["study", "rq3", *common, "--models", JUDGES, "--from-run", "rq1", "--labels", rq3_labels]) == 0
    )
    with RunStore.open_readonly(study) as store:
        detection = {d.judge: d for d in RunFigures(store, "rq2").detection()}
        labels = store.labels("rq3", store.label_sources("rq3")[0])
        repairs = store.samples("rq3", "repair")
        generated = {r.model: r.labelled for r in RunFigures(store, "rq1").generation()}
    got = {j.removeprefix("replay:paper:"): (d.correct.part, d.correct.total) for j, d in detection.items()}
    assert got == {"gpt-3.5": (212, 484), "gpt-4": (362, 484)}  # the artefact's Table 3
    assert {d.false_positives.part for d in detection.values()} == {21, 15}
    assert [c.part for c in generated.values() if c is not None] == [92, 91, 91, 95]
    repaired = {
        j: sum(labels[s.id] == 0 for s in repairs if s.sample.key.model == f"replay:paper:{j}")
        for j in ("gpt-3.5", "gpt-4")
    }
    sent = {j: sum(s.sample.key.model == f"replay:paper:{j}" for s in repairs) for j in ("gpt-3.5", "gpt-4")}
    # Table 4: 123/369 and 220/369, less the paper's one repair of a program labelled secure
    # (gpt-4<-gpt-3.5 CWE-295/codeql_1.py, no repaired file), which RQ3 never sends
    assert (repaired, sent) == ({"gpt-3.5": 123, "gpt-4": 219}, {"gpt-3.5": 369, "gpt-4": 369})


@needs_paper
def test_reproduce_paper_cross_checks_the_replayed_study(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    art = load_artifacts(ARTIFACTS)
    check = check_by_replay(art, paper_tables(art), tmp_path / "replay.sqlite")
    assert check.ok and check.figures.failures == () and len(check.agreements) == 23
    explained = {a.figure: (a.direct.part, a.expected.part) for a in check.agreements if a.reason}
    assert explained == {"Table 4 gpt-4<-gpt-3.5": (56, 55), "Table 4 gpt-4 total": (220, 219)}
    assert check.seconds < 30
    assert main(["study", "reproduce-paper", "--artifacts", str(ARTIFACTS), "--no-rejudge"]) == 0
    out = capsys.readouterr().out
    assert "23 of 23 figures agree." in out
    assert "Table 3 gpt-4 correct" in out and "imported as data, not replayed" in out


def test_the_check_over_incomplete_artifacts_names_what_cannot_be_replayed(tmp_path: Path) -> None:
    # the fake artefacts label codegeex2's quiet program partly vulnerable but record no repair of it
    art = load_artifacts(write_fake_artifacts(tmp_path / "art"))
    check = check_by_replay(art, paper_tables(art))
    assert check.ok, [a for a in check.agreements if not a.agrees]
    cell = next(a for a in check.agreements if a.figure == "Table 4 gpt-4<-codegeex2")
    assert (cell.direct.total, cell.replayed) == (2, cell.expected) and cell.expected.total == 1
    assert "no recorded repair of the vulnerable gpt-4<-codegeex2 CWE-078/quiet.py" in cell.reason
    assert len(check.figures.failures) == 1 and "replay-rq3" in check.figures.failures[0]


def test_a_judge_asked_about_a_program_the_paper_never_saw_fails_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECCODE_PAPER_DIR", str(write_fake_artifacts(tmp_path / "art")))
    answers = tmp_path / "mine.jsonl"
    answers.write_text(
        json.dumps({"model": "mine", "task_id": "CWE-078/shell.py", "stage": "generate", "text": "x = 1\n"})
        + "\n"
    )
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"id": "CWE-078/shell.py", "prompt": "# ?\n", "cwe": 78}) + "\n")
    store = tmp_path / "s.sqlite"
    start_study(
        store, "rq1", StudyPlan("rq1", (f"replay:{answers}@mine",), tasks=str(tasks), analyzers=("syntax",))
    )
    with pytest.raises(SeccodeError) as failed:
        start_study(
            store, "rq2", StudyPlan("rq2", ("replay:paper:gpt-4",), source_run="rq1", analyzers=("syntax",))
        )
    assert (
        "replay:paper:gpt-4: no recorded answer for CWE-078/shell.py "
        "at detect about mine's program" in str(failed.value)
    )
