"""Positive: reserving stock can fail (it raises), but the failure is only logged and the order ships anyway."""
import logging

logger = logging.getLogger(__name__)


class Warehouse:
    def __init__(self):
        self.stock = {}

    def reserve(self, sku, qty):
        if self.stock.get(sku, 0) < qty:
            raise RuntimeError("not enough stock")
        self.stock[sku] -= qty

    def ship(self, order):
        print("shipping", order)

    def fulfil(self, order):
        try:
            self.reserve(order["sku"], order["qty"])
        except RuntimeError as err:
            logger.error("reservation failed: %s", err)
        self.ship(order)
