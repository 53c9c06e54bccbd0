"""Positive example for privilege-drop-incomplete: gid and uid change but root's extra groups stay."""

import grp
import os
import pwd


def drop_to(account):
    entry = pwd.getpwnam(account)
    os.setgid(grp.getgrnam(account).gr_gid)
    os.setuid(entry.pw_uid)
