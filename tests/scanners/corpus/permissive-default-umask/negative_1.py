"""Negative example for permissive-default-umask: the rule must not flag this."""
import os
def prepare():
    os.umask(0o077)
