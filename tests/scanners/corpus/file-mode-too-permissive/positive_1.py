"""Positive example for file-mode-too-permissive: the rule must flag this."""
import os
def publish(path):
    os.chmod(path, 0o777)
