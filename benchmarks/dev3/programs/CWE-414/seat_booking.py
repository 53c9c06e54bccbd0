import threading


class SeatMap:
    def __init__(self, rows, cols):
        self._free = {(r, c) for r in range(rows) for c in range(cols)}
        self._holders = {}
        self._lock = threading.RLock()

    def book(self, seat, customer):
        with self._lock:
            if seat not in self._free:
                return False
            self._free.remove(seat)
            self._holders[seat] = customer
            return True

    def release(self, seat, customer):
        with self._lock:
            if self._holders.get(seat) != customer:
                return False
            del self._holders[seat]
            self._free.add(seat)
            return True

    def available(self):
        with self._lock:
            return sorted(self._free)
