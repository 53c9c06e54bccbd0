import threading

lock = threading.Lock()


def walk_range(first: int, last_allowed: int, worker: str) -> list[int]:
    """Visit every id from first to last_allowed, both included."""
    seen = []
    while first <= last_allowed:
        with lock:
            seen.append(first)
            first += 1
    return seen
