"""Negative example for pickle-load-of-untrusted-data: the rule must not flag this."""
import json
def load_session(blob):
    return json.loads(blob)
