"""Negative example for signal-sent-to-unverified-process: the owner uid is read first and compared."""
import os
import signal


def stop(pid):
    owner = os.stat(f"/proc/{pid}").st_uid
    if owner != os.getuid():
        raise PermissionError("not your process")
    os.kill(pid, signal.SIGTERM)
