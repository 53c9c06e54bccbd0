"""Stock lines compare their int/str fields with != ; identity is only used against None."""
from dataclasses import dataclass


@dataclass
class StockLine:
    sku: str
    qty: int


def changed(before: StockLine, after: StockLine | None) -> bool:
    if after is None:
        return True
    return before.qty != after.qty or before.sku != after.sku
