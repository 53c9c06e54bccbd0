"""Negative example for privilege-not-dropped-in-finally: dropped after the work and in a catch-all handler."""
import os


def make_home(name):
    if not name.isalnum():
        return False
    os.seteuid(0)
    try:
        os.makedirs(f"/home/{name}")
        os.seteuid(os.getuid())
        return True
    except Exception:
        os.seteuid(os.getuid())
        return False
