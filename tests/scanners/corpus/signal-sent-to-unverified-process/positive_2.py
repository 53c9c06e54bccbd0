"""Positive example for signal-sent-to-unverified-process: the owner is read but never compared."""
import os
import signal


def stop(pid):
    owner = os.stat(f"/proc/{pid}").st_uid
    print("stopping a process of", owner)
    os.kill(pid, signal.SIGTERM)
