"""Agreement between a judge's verdicts and human labels: a confusion matrix and the usual rates.

Every rate is defined on a :class:`Confusion`; a rate whose denominator is zero is ``None`` (not 0),
so a table can show "n/a" instead of a misleading number.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Confusion:
    """Counts of a binary judge against labels; "positive" means vulnerable."""

    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    @classmethod
    def of(cls, predicted: Iterable[bool], actual: Iterable[bool]) -> Confusion:
        """Count pairs of (prediction, label); both iterables must have the same length."""
        tp = fp = tn = fn = 0
        pairs = list(zip(predicted, actual, strict=True))
        for guess, truth in pairs:
            if guess and truth:
                tp += 1
            elif guess:
                fp += 1
            elif truth:
                fn += 1
            else:
                tn += 1
        return cls(tp, fp, tn, fn)

    @property
    def total(self) -> int:
        """How many programs were judged."""
        return self.tp + self.fp + self.tn + self.fn

    def accuracy(self) -> float | None:
        """Share of verdicts that agree with the label."""
        return _ratio(self.tp + self.tn, self.total)

    def precision(self) -> float | None:
        """Of the programs judged vulnerable, the share that are."""
        return _ratio(self.tp, self.tp + self.fp)

    def recall(self) -> float | None:
        """Of the vulnerable programs, the share judged vulnerable (true-positive rate)."""
        return _ratio(self.tp, self.tp + self.fn)

    def false_positive_rate(self) -> float | None:
        """Of the secure programs, the share judged vulnerable."""
        return _ratio(self.fp, self.fp + self.tn)

    def specificity(self) -> float | None:
        """Of the secure programs, the share judged secure (1 - false-positive rate)."""
        return _ratio(self.tn, self.fp + self.tn)

    def balanced_accuracy(self) -> float | None:
        """Mean of recall and specificity; the one that exists when the other class is empty."""
        parts = [r for r in (self.recall(), self.specificity()) if r is not None]
        return sum(parts) / len(parts) if parts else None

    def mcc(self) -> float | None:
        """Matthews correlation coefficient in [-1, 1]; 0 when a row or column of the matrix is empty.

        Zero for a degenerate matrix follows the common convention (a constant judge carries no
        information); ``None`` only for an empty matrix.
        """
        if self.total == 0:
            return None
        denominator = math.sqrt(
            (self.tp + self.fp) * (self.tp + self.fn) * (self.tn + self.fp) * (self.tn + self.fn)
        )
        if denominator == 0:
            return 0.0
        return (self.tp * self.tn - self.fp * self.fn) / denominator

    def to_json(self) -> dict[str, float | int | None]:
        """Counts and every rate, for ``--json`` output."""
        return {
            "n": self.total,
            "tp": self.tp,
            "fp": self.fp,
            "tn": self.tn,
            "fn": self.fn,
            "accuracy": self.accuracy(),
            "balanced_accuracy": self.balanced_accuracy(),
            "precision": self.precision(),
            "recall": self.recall(),
            "fpr": self.false_positive_rate(),
            "mcc": self.mcc(),
        }


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def majority_baseline(keys: Sequence[Hashable], labels: Sequence[bool]) -> list[bool]:
    """Predict each item by the majority label of its key, computed on the same data (nothing left out).

    The in-sample "judge" that reads only a key (the target CWE, the task id): it shows how much of a
    score the label distribution alone explains. A tie predicts vulnerable.
    """
    votes: dict[Hashable, list[int]] = {}
    for key, label in zip(keys, labels, strict=True):
        counts = votes.setdefault(key, [0, 0])
        counts[int(label)] += 1
    majority: Mapping[Hashable, bool] = {key: yes >= no for key, (no, yes) in votes.items()}
    return [majority[key] for key in keys]


__all__ = ["Confusion", "majority_baseline"]
