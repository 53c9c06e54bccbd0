"""Positive example for signal-sent-to-unverified-process: only the caller's root status is tested.

Being root says nothing about who owns the target; a root caller signals any process it is given.
"""

import os
import signal


def terminate(pid):
    if os.geteuid() == 0:
        os.kill(pid, signal.SIGKILL)
