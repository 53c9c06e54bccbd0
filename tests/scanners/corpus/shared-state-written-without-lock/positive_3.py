"""Positive example for shared-state-written-without-lock: module state changed without the lock."""

import threading

lock = threading.Lock()
hits = {}


def record(page):
    with lock:
        hits[page] = hits.get(page, 0) + 1


def forget(page):
    hits.pop(page, None)
