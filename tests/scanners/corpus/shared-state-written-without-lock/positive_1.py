"""Positive example for shared-state-written-without-lock: the rule must flag this."""

import fcntl


class Counter:
    def __init__(self, path):
        self.path = path

    def bump(self):
        with open(self.path, "a") as fh:
            fcntl.lockf(fh, fcntl.LOCK_EX)
            fh.write("1\n")
            fcntl.lockf(fh, fcntl.LOCK_UN)

    def reset(self):
        with open(self.path, "w") as fh:
            fh.write("")
