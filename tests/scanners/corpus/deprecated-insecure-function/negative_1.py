"""Negative example for deprecated-insecure-function: the rule must not flag this."""
import time
def elapsed():
    return time.process_time()
