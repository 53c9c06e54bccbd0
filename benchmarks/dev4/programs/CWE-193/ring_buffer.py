import threading


class RingBuffer:
    """Fixed-size buffer for the last N telemetry samples."""

    def __init__(self, capacity):
        self.capacity = capacity
        self._data = [None] * capacity
        self._head = 0
        self._size = 0
        self._lock = threading.Lock()

    def push(self, value):
        with self._lock:
            self._data[self._head] = value
            self._head = (self._head + 1) % self.capacity
            if self._size < self.capacity:
                self._size += 1

    def latest(self, n):
        with self._lock:
            n = min(n, self._size)
            out = []
            for i in range(n):
                idx = (self._head - 1 - i) % self.capacity
                out.append(self._data[idx])
            return out

    def __len__(self):
        return self._size


if __name__ == "__main__":
    rb = RingBuffer(4)
    for v in range(10):
        rb.push(v)
    print(rb.latest(3), rb.latest(10), len(rb))
