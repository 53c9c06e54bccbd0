"""Negative example for lock-check-outside-or-unreleased: the loop tests a local counter of this thread."""
import threading

lock = threading.Lock()
log = []


def worker(start, stop, name):
    while start <= stop:
        lock.acquire()
        try:
            log.append((name, start))
            start += 1
        finally:
            lock.release()
