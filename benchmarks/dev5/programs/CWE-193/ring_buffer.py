class SampleRing:
    """Ring of the most recent sensor samples, oldest overwritten first."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.slots = [None] * capacity
        self.head = 0
        self.count = 0

    def push(self, value):
        self.slots[self.head] = value
        self.head += 1
        if self.head > self.capacity:
            self.head = 0
        self.count = min(self.count + 1, self.capacity)

    def latest(self, n):
        out = []
        idx = self.head - 1
        for _ in range(min(n, self.count)):
            out.append(self.slots[idx % self.capacity])
            idx -= 1
        return out


if __name__ == "__main__":
    ring = SampleRing(4)
    for v in range(10):
        ring.push(v)
    print(ring.latest(3))
