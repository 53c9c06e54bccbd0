"""The records of the paper's tables, and the paper's own printed figures to compare against."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Count:
    """``part`` of ``total``, with its rate (0 when ``total`` is 0)."""

    part: int
    total: int

    @property
    def rate(self) -> float:
        """``part / total``."""
        return self.part / self.total if self.total else 0.0

    def percent(self) -> str:
        """``"91/121 (75.2%)"``."""
        return f"{self.part}/{self.total} ({100 * self.rate:.1f}%)"


@dataclass(frozen=True, slots=True)
class VulnerableRow:
    """Table 2: one generator's vulnerable programs by the labels, and by our analyzers."""

    model: str
    labelled: Count
    rejudged: Count | None
    paper: Count


@dataclass(frozen=True, slots=True)
class DetectionRow:
    """Table 3: one judge's accuracy and false-positive rate against the labels.

    ``rejudged`` is the same judge's accuracy when our analyzers' verdicts are the reference;
    ``paper_percent`` is the paper's printed accuracy (None for judges the paper does not report).
    """

    judge: str
    correct: Count
    false_positives: Count  # judged vulnerable among the programs labelled secure
    paper_percent: float | None
    rejudged: Count | None


@dataclass(frozen=True, slots=True)
class RepairCell:
    """Table 4: one (repairer, generator) cell: repaired by the verification labels, and by us."""

    repairer: str
    generator: str
    repaired: Count
    rejudged: Count | None


@dataclass(frozen=True, slots=True)
class RepairTotal:
    """Table 4's total per repairer, next to the paper's."""

    repairer: str
    repaired: Count
    paper: Count
    rejudged: Count | None


@dataclass(frozen=True, slots=True)
class IterativeRow:
    """Table 5 / Figure 6: one (fixer, generator) configuration of the iterative tool.

    ``flagged`` is the number of flagged files at each scan (rounds 1-5, then the final scan),
    summed over the ``runs`` independent runs. ``strict`` is our strict metric, None when the
    artefacts do not hold the code it needs.
    """

    fixer: str
    generator: str
    runs: int
    flagged: tuple[int, ...]
    paper_percent: float | None
    strict: float | None

    @property
    def paper_metric(self) -> float:
        """(flagged at round 1 - flagged at the final scan) / flagged at round 1."""
        first, last = self.flagged[0], self.flagged[-1]
        return (first - last) / first if first else 0.0


@dataclass(frozen=True, slots=True)
class CweRow:
    """Per-CWE breakdown of Table 2: vulnerable programs of each generator for one CWE."""

    cwe: int
    tasks: int
    labelled: tuple[int, ...]  # in GENERATORS order
    rejudged: tuple[int, ...] | None


@dataclass(frozen=True, slots=True)
class PaperTables:
    """Everything ``seccode study reproduce-paper`` computes, ready to render."""

    table2: tuple[VulnerableRow, ...]
    table3: tuple[DetectionRow, ...]
    table4: tuple[RepairCell, ...]
    table4_totals: tuple[RepairTotal, ...]
    table5: tuple[IterativeRow, ...]
    per_cwe: tuple[CweRow, ...]
    notes: tuple[str, ...]
    analyzers: tuple[str, ...]  # "bandit 1.9.4", ...; empty when nothing was re-judged


#: the figures printed in the paper
PAPER_TABLE2 = {"gpt-3.5": 92, "gpt-4": 91, "codellama": 91, "codegeex2": 95}
PAPER_TABLE3 = {"gpt-3.5": 43.6, "gpt-4": 74.6}
PAPER_TABLE4 = {"gpt-3.5": 123, "gpt-4": 220}
PAPER_TABLE5 = {
    ("gpt-3.5", "gpt-3.5"): 65.9,
    ("gpt-3.5", "gpt-4"): 67.6,
    ("gpt-4", "gpt-3.5"): 77.4,
    ("gpt-4", "gpt-4"): 85.5,
}


__all__ = [
    "PAPER_TABLE2",
    "PAPER_TABLE3",
    "PAPER_TABLE4",
    "PAPER_TABLE5",
    "Count",
    "CweRow",
    "DetectionRow",
    "IterativeRow",
    "PaperTables",
    "RepairCell",
    "RepairTotal",
    "VulnerableRow",
]
