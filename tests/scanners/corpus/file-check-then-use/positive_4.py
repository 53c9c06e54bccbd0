"""Positive example for file-check-then-use: the owner is read with os.stat, then the path is chowned.

Between the stat and the chown the name can be re-pointed at another user's file.
"""

import os


def hand_over(path, uid, gid):
    if os.stat(path).st_uid == os.getuid():
        os.chown(path, uid, gid)
