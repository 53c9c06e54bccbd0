"""A plain table record and its renderings as text, Markdown, CSV and LaTeX.

Reports build :class:`Table` records first and render them last, so every format shows exactly
the same cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Table:
    """A titled grid of strings; ``key`` names it in file names and anchors (``table2``)."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def render_text(tables: Sequence[Table], notes: Sequence[str] = ()) -> str:
    """Aligned plain-text tables for a terminal, then the notes."""
    out: list[str] = []
    for table in tables:
        widths = [max(len(r[i]) for r in (table.headers, *table.rows)) for i in range(len(table.headers))]
        out.append(table.title)
        out.append("  ".join(h.ljust(w) for h, w in zip(table.headers, widths, strict=True)).rstrip())
        out.append("  ".join("-" * w for w in widths))
        out += [
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in table.rows
        ]
        out.append("")
    if notes:
        out.append("Notes")
        out += [f"- {n}" for n in notes]
    return "\n".join(out).rstrip() + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(tables: Sequence[Table], notes: Sequence[str] = ()) -> str:
    """GitHub-flavoured Markdown tables, each under a heading, then the notes."""
    out: list[str] = []
    for table in tables:
        out += [f"### {table.title}", ""]
        out.append("| " + " | ".join(_md_cell(h) for h in table.headers) + " |")
        out.append("|" + "|".join("---" for _ in table.headers) + "|")
        out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
        out.append("")
    if notes:
        out += ["### Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(out).rstrip() + "\n"


def render_csv(tables: Sequence[Table], notes: Sequence[str] = ()) -> str:
    """One CSV: a ``table`` column naming each row's table, then that table's own columns."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for table in tables:
        writer.writerow(["table", *table.headers])
        writer.writerows([table.key, *row] for row in table.rows)
    return buffer.getvalue()


_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_escape(text: str) -> str:
    """Escape LaTeX's special characters."""
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in text).replace("<-", r"$\leftarrow$")


def render_latex(tables: Sequence[Table], notes: Sequence[str] = ()) -> str:
    """One ``table`` environment per table (booktabs rules), ready to ``\\input``."""
    out: list[str] = []
    for table in tables:
        out += [
            r"\begin{table}[t]",
            r"\centering",
            f"\\caption{{{latex_escape(table.title)}}}",
            f"\\label{{tab:{table.key}}}",
            f"\\begin{{tabular}}{{l{'r' * (len(table.headers) - 1)}}}",
            r"\toprule",
            " & ".join(latex_escape(h) for h in table.headers) + r" \\",
            r"\midrule",
        ]
        out += [" & ".join(latex_escape(c) for c in row) + r" \\" for row in table.rows]
        out += [r"\bottomrule", r"\end{tabular}", r"\end{table}", ""]
    return "\n".join(out)


__all__ = ["Table", "latex_escape", "render_csv", "render_latex", "render_markdown", "render_text"]
