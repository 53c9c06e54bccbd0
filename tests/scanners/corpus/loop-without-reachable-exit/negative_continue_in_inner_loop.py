from collections import deque


def drain(queue: deque, handlers: dict) -> int:
    done = 0
    while queue:
        job = queue.popleft()
        for name in job.get("steps", []):
            if name not in handlers:
                continue
            handlers[name](job)
        if job.get("retry"):
            continue
        done += 1
    return done
