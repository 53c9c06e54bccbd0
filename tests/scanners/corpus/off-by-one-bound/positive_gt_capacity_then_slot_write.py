"""Positive: a ring of CAPACITY slots rejects only slot > CAPACITY, so slot == CAPACITY is written one past the end."""
CAPACITY = 8


class SlotTable:
    def __init__(self):
        self.entries = [None] * CAPACITY

    def put(self, slot, value):
        if slot > CAPACITY:
            raise ValueError("slot out of range")
        self.entries[slot] = value
