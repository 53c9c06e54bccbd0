import threading


class SeatAllocator:
    """Assigns seats for an event; used from many request threads."""

    def __init__(self, seats):
        self.free = list(seats)
        self.taken = {}
        self.lock = threading.Lock()

    def reserve(self, customer):
        self.lock.acquire(timeout=2)
        try:
            if not self.free:
                return None
            seat = self.free.pop(0)
            self.taken[seat] = customer
            return seat
        finally:
            if self.lock.locked():
                self.lock.release()


if __name__ == "__main__":
    alloc = SeatAllocator([f"A{i}" for i in range(1, 11)])
    workers = [threading.Thread(target=alloc.reserve, args=(f"c{i}",)) for i in range(15)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(alloc.taken)
