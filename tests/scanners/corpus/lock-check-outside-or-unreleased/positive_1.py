"""Positive example for lock-check-outside-or-unreleased: the rule must flag this."""
import threading
lock = threading.Lock()
def bump(counter):
    lock.acquire()
    counter.value += 1
    lock.release()
