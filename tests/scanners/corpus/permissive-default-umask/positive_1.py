"""Positive example for permissive-default-umask: the rule must flag this."""
import os
def prepare():
    os.umask(0)
