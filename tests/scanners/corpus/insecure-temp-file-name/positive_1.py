"""Positive example for insecure-temp-file-name: the rule must flag this."""
import tempfile
def save(data):
    path = tempfile.mktemp()
    with open(path, "w") as f:
        f.write(data)
    return path
