"""Negative example for signal-sent-to-unverified-process: the caller's uid is kept in a variable.

The target's owner comes from ps; a different owner returns before any signal is sent.
"""

import os
import signal
import subprocess


def end_job(pid: int) -> bool:
    me = os.getuid()
    out = subprocess.run(["ps", "-o", "uid=", "-p", str(pid)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return False
    if int(out.stdout.strip()) != me:
        return False
    os.kill(pid, signal.SIGINT)
    return True
