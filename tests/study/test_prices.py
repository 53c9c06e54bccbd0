"""Model prices: costs of calls, and malformed price files refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seccode.errors import InputError
from seccode.study._prices import Price, Prices, load_prices


def test_cost_by_spec_or_bare_name_and_free_when_cached() -> None:
    prices = Prices((("openai:gpt-4o", Price(2.5, 10.0)), ("llama", Price(0.0, 1.0))))
    assert prices.cost("openai:gpt-4o", 1_000_000, 100_000) == pytest.approx(3.5)
    assert prices.cost("vllm:llama", 10, 1_000_000) == pytest.approx(1.0)
    assert prices.cost("openai:gpt-4o", 5, 5, cached=True) == 0.0
    assert prices.cost("openai:o1", 5, 5) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "expected"),
        (json.dumps({"m": {"input_per_mtok": 1}}), "expected"),
        (json.dumps({"m": {"input_per_mtok": -1, "output_per_mtok": 1}}), "cannot be negative"),
    ],
)
def test_bad_price_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "prices.json"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        load_prices(path)
    with pytest.raises(InputError, match="cannot read prices file"):
        load_prices(tmp_path / "absent.json")


def test_no_prices_means_no_cost() -> None:
    assert Prices().cost("x:y", 1, 1) is None
