"""``seccode study reproduce-paper`` end to end through the CLI entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seccode.cli import main
from seccode.store import RunStore
from seccode.study.testing import write_fake_artifacts

ARTIFACTS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "paper"
needs_paper = pytest.mark.skipif(
    not (ARTIFACTS / "rq1_generations.jsonl").is_file(),
    reason=f"the paper's artefacts are not at {ARTIFACTS}",
)


@needs_paper
def test_json_output_over_the_papers_artifacts(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["study", "reproduce-paper", "--artifacts", str(ARTIFACTS), "--format", "json", "--no-rejudge"])
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert {m: (v["vulnerable"], v["total"]) for m, v in doc["table2"].items()} == {
        "gpt-3.5": (92, 121), "gpt-4": (91, 121), "codellama": (91, 121), "codegeex2": (95, 121),
    }  # fmt: skip
    assert {m: (v["repaired"], v["total"]) for m, v in doc["table4"].items()} == {
        "gpt-3.5": (123, 369), "gpt-4": (220, 369),
    }  # fmt: skip
    assert {k: v["paper_metric"] for k, v in doc["table5"].items() if v["paper_percent"]} == {
        "gpt-3.5<-gpt-3.5": 0.659, "gpt-3.5<-gpt-4": 0.676, "gpt-4<-gpt-3.5": 0.776, "gpt-4<-gpt-4": 0.855,
    }  # fmt: skip
    assert (doc["table3"]["gpt-3.5"]["paper_correct"], doc["table3"]["gpt-4"]["paper_correct"]) == (211, 361)


@needs_paper
def test_text_output_prints_the_papers_figure_beside_ours(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["study", "reproduce-paper", "--artifacts", str(ARTIFACTS), "--analyzers", "bandit"]) == 0
    out = capsys.readouterr().out
    assert "re-judged by syntax" in out and "bandit 1.9.4" in out
    assert "gpt-3.5    92/121 (76.0%)  92/121 (76.0%)  yes" in out
    assert "gpt-4     220/369 (59.6%)  220/369 (59.6%)  yes" in out
    assert "gpt-4<-gpt-3.5    77.4%  77.6% (201->45)         no, see notes" in out
    assert "- Table 3, gpt-4: the artefact gives 362/484 (74.8%)" in out


def test_store_import_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = write_fake_artifacts(tmp_path / "art")
    study = tmp_path / "study.sqlite"
    args = [
        "study",
        "reproduce-paper",
        "--artifacts",
        str(art),
        "--analyzers",
        "bandit",
        "--store",
        str(study),
    ]
    assert main(args) == 0
    assert "(44 new samples)" in capsys.readouterr().err
    assert main(args) == 0
    assert "(0 new samples)" in capsys.readouterr().err
    with RunStore.open_readonly(study) as store:
        # 8 generations + 16 detections + 8 repairs + 6 round scans x 2 logged files
        assert store.count_samples("paper") == 44
        assert sorted(store.labels("paper", "paper").values()) == [0.0] * 7 + [0.5] + [1.0] * 8
        assert len(store.verdicts("paper", "seccode")) == 16
        run = store.get_run("paper")
        assert run is not None and run.status == "finished"
        assert [a.name for a in run.spec.analyzers] == ["syntax", "bandit"]


def _error(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, ["study", "reproduce-paper", "--artifacts", str(tmp_path / "nope")])
    assert err.startswith("seccode: error: artefacts folder") and "does not exist" in err
    art = write_fake_artifacts(tmp_path / "art")
    err = _error(capsys, ["study", "reproduce-paper", "--artifacts", str(art), "--analyzers", "nosuch"])
    assert "unknown analyzer 'nosuch'" in err
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    err = _error(
        capsys, ["study", "reproduce-paper", "--artifacts", str(art), "--no-rejudge", "--store", str(foreign)]
    )
    assert "foreign.sqlite" in err and ("damaged" in err or "another program" in err)


@pytest.mark.skipif(
    shutil.which("codeql") is not None, reason="CodeQL is installed here, so it is not missing"
)
def test_a_missing_analyzer_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = write_fake_artifacts(tmp_path / "art")
    err = _error(capsys, ["study", "reproduce-paper", "--artifacts", str(art), "--analyzers", "codeql"])
    assert "codeql" in err.lower()


def test_a_second_writer_of_the_study_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = write_fake_artifacts(tmp_path / "art")
    study = tmp_path / "study.sqlite"
    script = (
        f"import time; from seccode.store import RunStore; s = RunStore.open({str(study)!r}); "
        "print('locked', flush=True); time.sleep(30)"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        err = _error(
            capsys,
            ["study", "reproduce-paper", "--artifacts", str(art), "--no-rejudge", "--store", str(study)],
        )
        assert f"is being written by pid {holder.pid}" in err
        assert time.monotonic() - started < 10  # refused at once, not after waiting
    finally:
        holder.kill()
        holder.communicate()
