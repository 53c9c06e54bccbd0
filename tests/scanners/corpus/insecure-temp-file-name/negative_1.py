"""Negative example for insecure-temp-file-name: the rule must not flag this."""
import tempfile
def save(data):
    with tempfile.NamedTemporaryFile("w", delete=False) as f:
        f.write(data)
        return f.name
