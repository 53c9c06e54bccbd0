"""Negative example for untrusted-input-to-object-loader: the rule must not flag this."""
import json
def read_config(stream):
    return json.load(stream)
