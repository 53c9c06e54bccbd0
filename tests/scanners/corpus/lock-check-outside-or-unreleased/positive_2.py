"""Positive example for lock-check-outside-or-unreleased: a shared global is tested before the lock is taken."""
import threading

lock = threading.Lock()
remaining = 10


def take():
    global remaining
    if remaining > 0:
        with lock:
            remaining -= 1
