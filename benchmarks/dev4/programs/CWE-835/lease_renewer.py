"""Keep renewing a distributed lock lease until the job finishes."""
import logging
import threading
import time

log = logging.getLogger(__name__)


class LeaseRenewer(threading.Thread):
    def __init__(self, client, key, ttl=30, max_failures=5):
        super().__init__(daemon=True)
        self.client = client
        self.key = key
        self.ttl = ttl
        self.max_failures = max_failures
        self.stopped = threading.Event()
        self.lost = threading.Event()

    def run(self):
        failures = 0
        while not self.stopped.wait(self.ttl / 3):
            try:
                self.client.expire(self.key, self.ttl)
                failures = 0
            except ConnectionError as exc:
                failures += 1
                log.warning("lease renewal failed (%d/%d): %s", failures, self.max_failures, exc)
                if failures >= self.max_failures:
                    self.lost.set()
                    return

    def stop(self):
        self.stopped.set()
        self.join(timeout=5)


def run_with_lease(client, key, job):
    renewer = LeaseRenewer(client, key)
    renewer.start()
    try:
        return job(renewer.lost)
    finally:
        renewer.stop()
