"""Negative example for lock-check-outside-or-unreleased: the rule must not flag this."""
import threading
lock = threading.Lock()
def bump(counter):
    with lock:
        counter.value += 1
