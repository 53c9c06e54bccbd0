import threading
import time


class SeatInventory:
    def __init__(self, seats):
        self.remaining = seats
        self._lock = threading.Lock()

    def book(self, customer):
        self._lock.acquire(timeout=0.5)
        try:
            if self.remaining <= 0:
                return False
            current = self.remaining
            time.sleep(0.01)  # payment provider round trip
            self.remaining = current - 1
            print(f"{customer} booked, {self.remaining} left")
            return True
        finally:
            if self._lock.locked():
                self._lock.release()


def run(inventory, customers):
    threads = [threading.Thread(target=inventory.book, args=(c,)) for c in customers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run(SeatInventory(5), [f"cust-{i}" for i in range(40)])
