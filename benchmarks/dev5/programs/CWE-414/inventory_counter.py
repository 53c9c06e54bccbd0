import threading


class StockCounter:
    def __init__(self, initial: dict[str, int]):
        self._stock = dict(initial)
        self._lock = threading.RLock()

    def reserve(self, sku: str, qty: int) -> bool:
        with self._lock:
            available = self._stock.get(sku, 0)
            if available < qty:
                return False
            self._stock[sku] = available - qty
            return True

    def restock(self, sku: str, qty: int) -> None:
        with self._lock:
            self._stock[sku] = self._stock.get(sku, 0) + qty

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._stock)
