"""Negative example for temp-file-in-shared-directory: the rule must not flag this."""
import tempfile
def save(data):
    fd, path = tempfile.mkstemp()
    with open(fd, "w") as f:
        f.write(data)
    return path
