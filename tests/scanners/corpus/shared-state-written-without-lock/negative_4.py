"""Negative example for shared-state-written-without-lock: the private helper only runs under the
caller's lock."""

import threading


class Inventory:
    def __init__(self):
        self.lock = threading.Lock()
        self.stock = {}

    def restock(self, item, count):
        with self.lock:
            self._apply(item, count)

    def sell(self, item):
        with self.lock:
            if self.stock.get(item, 0) > 0:
                self._apply(item, -1)
                return True
        return False

    def _apply(self, item, delta):
        self.stock[item] = self.stock.get(item, 0) + delta
