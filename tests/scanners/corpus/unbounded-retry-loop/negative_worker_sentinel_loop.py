"""Negative: a worker loop leaves on a sentinel; a failing job is logged and the next one is taken."""
import logging
import queue


def work(jobs: queue.Queue) -> None:
    while True:
        job = jobs.get()
        if job is None:
            return
        try:
            job()
        except Exception:
            logging.exception("job failed")
