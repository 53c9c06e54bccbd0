"""Model prices, so stored model calls carry their cost.

Prices are data the user supplies (they change too often to ship): a JSON object from a model
spec (``openai:gpt-4o``) or a bare model name (``gpt-4o``) to its US-dollar price per million
input and output tokens, e.g. ``{"openai:gpt-4o": {"input_per_mtok": 2.5, "output_per_mtok": 10}}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from seccode.errors import InputError


@dataclass(frozen=True, slots=True)
class Price:
    """US dollars per million input (prompt) and output (completion) tokens."""

    input_per_mtok: float
    output_per_mtok: float


@dataclass(frozen=True, slots=True)
class Prices:
    """Prices by model spec or bare model name."""

    entries: tuple[tuple[str, Price], ...] = ()

    def cost(self, spec: str, input_tokens: int, output_tokens: int, *, cached: bool = False) -> float | None:
        """The cost of one call by ``spec`` (None when unpriced; 0 when served from a cache)."""
        table = dict(self.entries)
        price = table.get(spec) or table.get(spec.partition(":")[2])
        if price is None:
            return None
        if cached:
            return 0.0
        return (input_tokens * price.input_per_mtok + output_tokens * price.output_per_mtok) / 1_000_000


def load_prices(path: str | Path) -> Prices:
    """Read a prices file, refusing a malformed one in one line."""
    target = Path(path)
    try:
        doc = json.loads(target.read_text(encoding="utf-8"))
        entries = tuple(
            (str(name), Price(float(v["input_per_mtok"]), float(v["output_per_mtok"])))
            for name, v in doc.items()
        )
    except OSError as exc:
        raise InputError(f"cannot read prices file {target}: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            f'{target}: expected {{"MODEL": {{"input_per_mtok": N, "output_per_mtok": N}}}} ({exc})'
        ) from None
    if any(p.input_per_mtok < 0 or p.output_per_mtok < 0 for _, p in entries):
        raise InputError(f"{target}: prices cannot be negative")
    return Prices(entries)


__all__ = ["Price", "Prices", "load_prices"]
