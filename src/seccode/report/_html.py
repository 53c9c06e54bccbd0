"""A self-contained HTML report: the tables, Figure 6 inline (SVG, with a PNG copy as a data URI),
the notes, and every program's code with the lines its findings point at highlighted.

Everything taken from a run (code, messages, ids) is HTML-escaped; the page loads nothing from
the network, so it can be mailed or archived as one file.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from seccode.report._figure import figure6
from seccode.report._run_report import ProgramView, RunReport
from seccode.report._table import Table

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f2f4f7}td.no{color:#a11}td.yes{color:#176b2c}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
pre{background:#f7f7f9;border:1px solid #e2e2e6;padding:.5rem 0;overflow-x:auto;font-size:12.5px}
pre span{display:block;padding:0 .6rem;white-space:pre}
pre span.hit{background:#ffe3e0;border-left:3px solid #d33}
pre span i{color:#999;font-style:normal;display:inline-block;width:2.5rem;user-select:none}
details{margin:.25rem 0}summary{cursor:pointer}
.tag{font-size:12px;padding:0 .35rem;border-radius:3px;margin-left:.3rem}
.vuln{background:#fde2e1;color:#8a1010}.clean{background:#e1f5e6;color:#17612b}.meta{color:#555}
"""


def _table_html(table: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    rows = []
    for row in table.rows:
        cells = "".join(
            f'<td class="{"no" if c.startswith("no,") else "yes" if c == "yes" else ""}">{escape(c)}</td>'
            for c in row
        )
        rows.append(f"<tr>{cells}</tr>")
    title = f'<h2 id="{escape(table.key)}">{escape(table.title)}</h2>'
    return f"{title}\n<table><tr>{head}</tr>{''.join(rows)}</table>"


def _code_html(program: ProgramView) -> str:
    hits: dict[int, list[str]] = {}
    for f in program.findings:
        for line in range(f.start_line, f.end_line + 1):
            hits.setdefault(line, []).append(f"{f.scanner} {f.rule_id} (CWE-{f.cwe}): {f.message}")
    lines = []
    for number, text in enumerate(program.code.splitlines(), start=1):
        if number in hits:
            note = escape(" | ".join(hits[number]), quote=True)
            lines.append(f'<span class="hit" title="{note}"><i>{number}</i>{escape(text)}</span>')
        else:
            lines.append(f"<span><i>{number}</i>{escape(text)}</span>")
    return "<pre>" + "".join(lines) + "</pre>"


def _program_html(program: ProgramView) -> str:
    label = "unlabelled" if program.label is None else f"label {program.label:g}"
    ours = {
        True: ("vuln", "ours: vulnerable"),
        False: ("clean", "ours: not vulnerable"),
        None: ("", "not judged"),
    }
    css, word = ours[program.vulnerable]
    items = "".join(
        f"<li>line {f.start_line}: <b>{escape(f.scanner)} {escape(f.rule_id)}</b> CWE-{f.cwe} "
        f"{escape(f.message)}</li>"
        for f in program.findings
    )
    return (
        f'<details><summary>{escape(program.title)} <span class="meta">{label}</span>'
        f'<span class="tag {css}">{word}</span> '
        f'<span class="meta">{len(program.findings)} findings</span></summary>'
        f"{_code_html(program)}<ul>{items}</ul></details>"
    )


def render_html(reports: Sequence[RunReport]) -> str:
    """One page for one or more runs."""
    body = ["<h1>seccode report</h1>"]
    for report in reports:
        spec = report.run.spec
        judged = ", ".join(report.analyzers) or "no analyzers"
        body.append(
            f'<p class="meta">run <b>{escape(report.run.id)}</b> '
            f"({escape(spec.kind)}, {escape(report.run.status)}), "
            f"models {escape(', '.join(spec.models))}; judged by {escape(judged)}; "
            f"seccode {escape(spec.seccode_version)}; dataset {escape(spec.dataset_hash)}</p>"
        )
        # the paper's run ends with its per-CWE table; show Figure 6 before it
        head = [t for t in report.tables if t.key != "per_cwe"]
        tail = [t for t in report.tables if t.key == "per_cwe"]
        body += [_table_html(table) for table in head]
        if report.iterative:
            svg = figure6(report.iterative, "svg").decode("utf-8")
            png = base64.b64encode(figure6(report.iterative, "png")).decode("ascii")
            svg = svg[svg.index("<svg") :]  # drop the XML prolog so the SVG sits inline
            body.append(
                f'<h2 id="figure6">Figure 6: vulnerable programs per round</h2><figure>{svg}'
                f'<figcaption><a download="figure6.png" href="data:image/png;base64,{png}">PNG</a>'
                "</figcaption></figure>"
            )
        body += [_table_html(table) for table in tail]
        if report.notes:
            items = "".join(f"<li>{escape(n)}</li>" for n in report.notes)
            body.append(f'<h2 id="notes">Notes</h2><ul>{items}</ul>')
        body.append(f'<h2 id="programs">Programs ({len(report.programs)})</h2>')
        body += [_program_html(p) for p in report.programs]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>seccode report</title>'
        f"<style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


__all__ = ["render_html"]
