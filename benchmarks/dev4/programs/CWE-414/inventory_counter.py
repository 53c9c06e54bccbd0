import threading


class Inventory:
    def __init__(self, stock):
        self._stock = dict(stock)
        self._lock = threading.Lock()

    def reserve(self, sku, qty):
        with self._lock:
            available = self._stock.get(sku, 0)
            if available < qty:
                return False
            self._stock[sku] = available - qty
            return True

    def restock(self, sku, qty):
        with self._lock:
            self._stock[sku] = self._stock.get(sku, 0) + qty

    def snapshot(self):
        with self._lock:
            return dict(self._stock)


def worker(inv, sku, n, results):
    ok = sum(1 for _ in range(n) if inv.reserve(sku, 1))
    results.append(ok)


if __name__ == "__main__":
    inv = Inventory({"mug": 500})
    results = []
    threads = [threading.Thread(target=worker, args=(inv, "mug", 200, results)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(results), inv.snapshot())
