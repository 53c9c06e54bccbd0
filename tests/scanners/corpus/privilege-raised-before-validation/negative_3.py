"""Negative example for privilege-raised-before-validation: setuid/setgid to an unprivileged id drop
privileges, and setuid(0) in a try that expects PermissionError only proves root cannot be regained."""
import os
import pwd


def run_as(account):
    entry = pwd.getpwnam(account)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        return entry.pw_uid
    raise SystemExit("still able to become root")
