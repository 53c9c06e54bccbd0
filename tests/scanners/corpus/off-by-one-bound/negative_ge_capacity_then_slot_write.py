"""Negative: the slot is rejected with >= CAPACITY, so only 0..CAPACITY-1 reach the table."""
CAPACITY = 8


class SlotTable:
    def __init__(self):
        self.entries = [None] * CAPACITY

    def put(self, slot, value):
        if slot < 0 or slot >= CAPACITY:
            raise ValueError("slot out of range")
        self.entries[slot] = value
