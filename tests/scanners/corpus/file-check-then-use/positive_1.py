"""Positive example for file-check-then-use: the rule must flag this."""
import os
def read(path):
    if os.path.exists(path):
        with open(path) as f:
            return f.read()
    return None
