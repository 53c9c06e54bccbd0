"""What the detection benchmarks share: verdicts, per-CWE confusions and the markdown confusion table.

``detection.py`` (the paper's labelled programs) and ``unseen.py`` (our independently written set) score
verdicts the same way; this keeps one copy of that. Run the benchmarks as scripts
(``python benchmarks/<name>.py``): their folder is then first on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from seccode.cwe import format_cwe
from seccode.scanners import ScanResult
from seccode.verdict import Confusion, judge

#: one confusion row as :meth:`Confusion.to_json` gives it
Row = dict[str, float | int | None]

#: the columns of a confusion table, in print order
COLUMNS = ["accuracy", "balanced_accuracy", "precision", "recall", "fpr", "mcc", "tp", "fp", "tn", "fn"]


def verdicts(results: Sequence[ScanResult]) -> list[bool]:
    """The judge's verdict on each result, for the program's own CWE."""
    return [bool(judge(r).vulnerable) for r in results]


def per_cwe_rows(
    cwes: Sequence[int | None], predicted: Sequence[bool], labels: Sequence[bool]
) -> dict[str, Row]:
    """One confusion per target CWE (programs without one grouped under CWE-0), in CWE order."""
    by_cwe: dict[int, list[int]] = {}
    for index, cwe in enumerate(cwes):
        by_cwe.setdefault(cwe or 0, []).append(index)
    return {
        format_cwe(cwe): Confusion.of([predicted[i] for i in idx], [labels[i] for i in idx]).to_json()
        for cwe, idx in sorted(by_cwe.items())
    }


def fmt(value: object) -> str:
    """A table cell: floats to three places, None as n/a."""
    return f"{value:.3f}" if isinstance(value, float) else ("n/a" if value is None else str(value))


def print_confusion_table(rows: Mapping[str, Mapping[str, object]]) -> None:
    """A markdown table with one line per judge and the :data:`COLUMNS`."""
    print("| judge | " + " | ".join(c.replace("_", " ") for c in COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(fmt(row[c]) for c in COLUMNS) + " |")
