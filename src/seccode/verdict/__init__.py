"""Verdicts over scan results: vulnerable to the target CWE (with reasons), and agreement metrics."""

from seccode.verdict._metrics import Confusion, majority_baseline
from seccode.verdict._verdict import Reason, Verdict, judge

__all__ = ["Confusion", "Reason", "Verdict", "judge", "majority_baseline"]
