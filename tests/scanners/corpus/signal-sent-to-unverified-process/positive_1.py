"""Positive example for signal-sent-to-unverified-process: the rule must flag this."""
import os, signal
def stop(pid):
    os.kill(pid, signal.SIGKILL)
