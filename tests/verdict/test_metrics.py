"""The agreement metrics: hand-computed confusion matrices, degenerate cases, majority baselines."""

from __future__ import annotations

import math

import pytest

from seccode.verdict import Confusion, majority_baseline


def test_counts_each_cell() -> None:
    confusion = Confusion.of([True, True, False, False, True], [True, False, False, True, True])
    assert (confusion.tp, confusion.fp, confusion.tn, confusion.fn) == (2, 1, 1, 1)
    assert confusion.total == 5


def test_rates_match_hand_computation() -> None:
    confusion = Confusion(tp=40, fp=10, tn=30, fn=20)
    assert confusion.accuracy() == pytest.approx(0.7)
    assert confusion.precision() == pytest.approx(0.8)
    assert confusion.recall() == pytest.approx(40 / 60)
    assert confusion.false_positive_rate() == pytest.approx(0.25)
    assert confusion.balanced_accuracy() == pytest.approx((40 / 60 + 0.75) / 2)
    expected_mcc = (40 * 30 - 10 * 20) / math.sqrt(50 * 60 * 40 * 50)
    assert confusion.mcc() == pytest.approx(expected_mcc)


def test_perfect_and_inverted_judges_have_mcc_plus_and_minus_one() -> None:
    assert Confusion(tp=5, tn=3).mcc() == pytest.approx(1.0)
    assert Confusion(fp=3, fn=5).mcc() == pytest.approx(-1.0)


def test_constant_judge_scores_high_accuracy_but_zero_mcc() -> None:
    confusion = Confusion.of([True] * 10, [True] * 8 + [False] * 2)
    assert confusion.accuracy() == pytest.approx(0.8)
    assert confusion.false_positive_rate() == pytest.approx(1.0)
    assert confusion.balanced_accuracy() == pytest.approx(0.5)
    assert confusion.mcc() == 0.0


def test_empty_denominators_are_none_not_zero() -> None:
    only_secure = Confusion(tn=4)
    assert only_secure.recall() is None
    assert only_secure.precision() is None
    assert only_secure.false_positive_rate() == 0.0
    assert only_secure.balanced_accuracy() == pytest.approx(1.0)
    assert Confusion().accuracy() is None
    assert Confusion().mcc() is None


def test_of_rejects_unequal_lengths() -> None:
    with pytest.raises(ValueError):
        Confusion.of([True], [True, False])


def test_to_json_carries_counts_and_rates() -> None:
    data = Confusion(tp=1, fp=1, tn=1, fn=1).to_json()
    assert data["n"] == 4
    assert data["accuracy"] == pytest.approx(0.5)
    assert data["mcc"] == pytest.approx(0.0)


def test_majority_baseline_predicts_per_key_majority_ties_vulnerable() -> None:
    keys = ["a", "a", "a", "b", "b", "c", "c"]
    labels = [True, True, False, False, False, True, False]
    assert majority_baseline(keys, labels) == [True, True, True, False, False, True, True]
