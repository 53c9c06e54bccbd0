"""Negative: every change of the per-object counter takes that object's mutex."""
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
    with sm.mutex:
        sm.free += 1
