"""Negative example for pickle-dumps-of-caller-object: the rule must not flag this."""
import json
def export(payload):
    return json.dumps(payload)
