"""Negative example for shared-state-written-without-lock: the rule must not flag this."""

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
            fcntl.lockf(fh, fcntl.LOCK_EX)
            fh.truncate()
            fcntl.lockf(fh, fcntl.LOCK_UN)

    def total(self):
        with open(self.path) as fh:
            return len(fh.readlines())
