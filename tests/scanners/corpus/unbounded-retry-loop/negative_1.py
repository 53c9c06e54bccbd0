"""Negative example for unbounded-retry-loop: the rule must not flag this."""
import time
import urllib.request

MAX_TRIES = 5


def fetch_config(endpoint):
    tries = 0
    while True:
        try:
            with urllib.request.urlopen(endpoint, timeout=5) as reply:
                return reply.read()
        except OSError:
            tries += 1
            if tries >= MAX_TRIES:
                raise
            time.sleep(2)
