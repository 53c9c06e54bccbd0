"""Negative example for shared-state-written-without-lock: every change holds the module lock."""

import threading

lock = threading.Lock()
hits = {}


def record(page):
    with lock:
        hits[page] = hits.get(page, 0) + 1


def forget(page):
    with lock:
        hits.pop(page, None)
