"""Negative example for signal-sent-to-unverified-process: the rule must not flag this."""
import os, signal
import psutil
def stop(pid):
    proc = psutil.Process(pid)
    if proc.uids().real != os.getuid():
        raise PermissionError("not your process")
    os.kill(pid, signal.SIGTERM)
