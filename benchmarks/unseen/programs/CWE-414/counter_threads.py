import threading


class VisitCounter:
    def __init__(self):
        self._lock = threading.Lock()
        self._counts = {}

    def hit(self, page):
        with self._lock:
            self._counts[page] = self._counts.get(page, 0) + 1

    def reset(self, page):
        with self._lock:
            self._counts.pop(page, None)

    def snapshot(self):
        with self._lock:
            return dict(self._counts)


if __name__ == "__main__":
    counter = VisitCounter()
    workers = [threading.Thread(target=lambda: [counter.hit("/") for _ in range(1000)]) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.snapshot())
