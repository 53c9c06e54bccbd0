"""Verdicts over scan results: vulnerable to the target CWE (with reasons), and agreement metrics."""

from seccode.verdict._metrics import Confusion, majority_baseline
from seccode.verdict._verdict import PRECEDES, Reason, Verdict, explain, is_weak, judge, relation_to_target

__all__ = [
    "PRECEDES",
    "Confusion",
    "Reason",
    "Verdict",
    "explain",
    "is_weak",
    "judge",
    "majority_baseline",
    "relation_to_target",
]
