"""Verdicts over scan results: vulnerable to the target CWE (with reasons), and any finding."""

from seccode.verdict._verdict import Reason, Verdict, judge

__all__ = ["Reason", "Verdict", "judge"]
