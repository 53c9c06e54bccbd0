"""Negative example for privilege-drop-incomplete: groups cleared, then gid, then uid."""

import os
import pwd


def drop_to(account):
    entry = pwd.getpwnam(account)
    os.initgroups(account, entry.pw_gid)
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
