"""Positive example for deprecated-insecure-function: the rule must flag this."""
import time
def elapsed():
    return time.clock()
