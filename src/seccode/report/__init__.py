"""Reports: the paper's tables as text, Markdown, CSV, LaTeX and HTML, Figure 6, and SARIF.

Matplotlib is imported only when a figure is drawn.
"""

from seccode.report._figure import figure6
from seccode.report._html import render_html
from seccode.report._render import REPORT_FORMATS
from seccode.report._run_report import ProgramView, RunReport, load_run_report
from seccode.report._table import Table, render_csv, render_latex, render_markdown, render_text
from seccode.report.paper_tables import paper_tables_as_tables

__all__ = [
    "REPORT_FORMATS",
    "ProgramView",
    "RunReport",
    "Table",
    "figure6",
    "load_run_report",
    "paper_tables_as_tables",
    "render_csv",
    "render_html",
    "render_latex",
    "render_markdown",
    "render_text",
]
