"""Negative example for file-mode-too-permissive: the rule must not flag this."""
import os
def publish(path):
    os.chmod(path, 0o700)
