import threading
import time


class SeatInventory:
    def __init__(self, seats):
        self.remaining = seats
        self._lock = threading.Lock()

    def book(self, customer):
        if not self._lock.acquire(timeout=0.5):
            print(f"{customer}: busy, try again")
            return False
        try:
            if self.remaining <= 0:
                return False
            current = self.remaining
            time.sleep(0.01)  # payment provider round trip
            self.remaining = current - 1
            print(f"{customer} booked, {self.remaining} left")
            return True
        finally:
            self._lock.release()


if __name__ == "__main__":
    inv = SeatInventory(5)
    workers = [threading.Thread(target=inv.book, args=(f"cust-{i}",)) for i in range(40)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
