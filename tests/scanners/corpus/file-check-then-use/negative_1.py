"""Negative example for file-check-then-use: the rule must not flag this."""
def read(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return None
