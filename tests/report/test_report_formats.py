"""``seccode report`` over a stored run: every format shows the same tables; errors are one line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from seccode.cli import main
from seccode.study.testing import write_fake_artifacts


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    art = write_fake_artifacts(root / "art")
    path = root / "study.sqlite"
    for run in ("a", "b"):
        args = ["study", "reproduce-paper", "--artifacts", str(art), "--analyzers", "bandit"]
        assert main([*args, "--store", str(path), "--run", run, "-o", str(root / f"{run}.txt")]) == 0
    return path


def _report(study: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["report", "--store", str(study), *args]) == 0
    return capsys.readouterr().out


def test_markdown(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _report(study, capsys, "a", "--format", "md")
    assert "### Table 2: vulnerable programs per generator (RQ1)" in out
    assert "| codegeex2 | 95/121 (78.5%) | 2/2 (100.0%) | no, see notes | 1/2 (50.0%) |" in out
    assert "| gpt-4<-gpt-4 | 85.5% | 100.0% (1->0) | no, see notes | n/a | 1 0 0 0 0 0 |" in out
    assert "### Table 2 per CWE" in out and "| CWE-78 | 2 |" in out


def test_csv_parses_and_names_each_rows_table(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.reader(io.StringIO(_report(study, capsys, "a", "--format", "csv"))))
    table2 = [r for r in rows if r[0] == "table2"]
    assert [r[1] for r in table2] == ["gpt-3.5", "gpt-4", "codellama", "codegeex2"]
    assert {r[0] for r in rows} == {
        "table",
        "table2",
        "table3",
        "table4",
        "table4_matrix",
        "table5",
        "per_cwe",
    }


def test_latex_escapes_and_uses_booktabs(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _report(study, capsys, "a", "--format", "latex")
    assert out.count(r"\begin{tabular}") == 6 and r"\toprule" in out
    assert r"2/2 (100.0\%)" in out and r"gpt-4$\leftarrow$gpt-4" in out
    assert "%)" not in out.replace(r"\%)", "")


def test_two_runs_are_told_apart(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _report(study, capsys, "a", "b", "--format", "md")
    assert "### [a] Table 2" in out and "### [b] Table 2" in out


def test_html_is_self_contained_and_escapes_code(study: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _report(study, capsys, "a", "--format", "html")
    assert out.startswith("<!DOCTYPE html>") and "<svg" in out and "data:image/png;base64," in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "<script>alert" not in out
    # loads nothing: no scripts, no stylesheets, no remote images or links
    assert "<script" not in out and "<link" not in out
    assert 'src="http' not in out and 'href="http' not in out and "url(http" not in out
    # the flagged line of the vulnerable program is highlighted with its finding
    assert '<span class="hit" title="bandit B605:start_process_with_a_shell (CWE-78)' in out
    assert "Programs (16)" in out


def test_figure_files(study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png, svg = tmp_path / "f.png", tmp_path / "f.svg"
    _report(study, capsys, "a", "--figure", str(png))
    _report(study, capsys, "a", "--figure", str(svg))
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert b"<svg" in svg.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "no run 'nope' in"),
        (["a", "--figure", "f.gif"], "name a .png or .svg file"),
    ],
)
def test_errors_are_one_line(
    study: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    capsys.readouterr()
    assert main(["report", "--store", str(study), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_missing_store_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--store", str(tmp_path / "none.sqlite"), "paper"]) == 2
    assert "no study store at" in capsys.readouterr().err
