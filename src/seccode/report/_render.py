"""``seccode report`` formats: one literal registry from format name to renderer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from seccode.report._html import render_html
from seccode.report._run_report import RunReport
from seccode.report._table import Table, render_csv, render_latex, render_markdown


def _tables(reports: Sequence[RunReport]) -> tuple[list[Table], list[str]]:
    tables: list[Table] = []
    notes: list[str] = []
    for report in reports:
        own = list(report.tables)
        if len(reports) > 1:  # several runs: say which run each table and note belongs to
            own = [
                replace(t, key=f"{report.run.id}:{t.key}", title=f"[{report.run.id}] {t.title}") for t in own
            ]
        tables += own
        notes += [f"[{report.run.id}] {n}" if len(reports) > 1 else n for n in report.notes]
    return tables, notes


def _markdown(reports: Sequence[RunReport]) -> str:
    return render_markdown(*_tables(reports))


def _csv(reports: Sequence[RunReport]) -> str:
    return render_csv(*_tables(reports))


def _latex(reports: Sequence[RunReport]) -> str:
    return render_latex(*_tables(reports))


#: report formats by name
REPORT_FORMATS: dict[str, Callable[[Sequence[RunReport]], str]] = {
    "md": _markdown,
    "csv": _csv,
    "latex": _latex,
    "html": render_html,
}


__all__ = ["REPORT_FORMATS"]
