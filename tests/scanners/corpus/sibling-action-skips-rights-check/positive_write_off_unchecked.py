"""Positive example for sibling-action-skips-rights-check: adjusting stock needs the warehouse group, but
writing stock off (which changes the books) checks nobody."""

from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    qty: int
    written_off: int = 0


class StockService:
    def __init__(self, items):
        self.items = {i.sku: i for i in items}

    def adjust(self, user, sku, delta):
        if "warehouse" not in user.groups:
            raise PermissionError("warehouse staff only")
        self.items[sku].qty += delta

    def write_off(self, user, sku, qty):
        item = self.items[sku]
        item.qty -= qty
        item.written_off += qty
        return item
