"""Positive example for unbounded-retry-loop: the rule must flag this."""
import time
import urllib.request


def fetch_config(endpoint):
    while True:
        try:
            with urllib.request.urlopen(endpoint, timeout=5) as reply:
                return reply.read()
        except OSError:
            time.sleep(2)
