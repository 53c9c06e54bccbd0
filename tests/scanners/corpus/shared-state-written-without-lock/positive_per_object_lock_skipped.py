"""Positive: each seat map carries its own mutex; book() takes it but cancel() changes the same field without it."""
import threading


class SeatMap:
    def __init__(self, seats):
        self.free = seats
        self.mutex = threading.Lock()


maps = {}


def book(show_id):
    m = maps[show_id]
    with m.mutex:
        if m.free > 0:
            m.free -= 1
            return True
    return False


def cancel(show_id):
    sm = maps[show_id]
    sm.free += 1
