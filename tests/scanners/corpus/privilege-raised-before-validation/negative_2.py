"""Negative example for privilege-raised-before-validation: validated first; dropped on success and on any error."""
import os


def is_valid_name(name):
    return name.isalnum() and len(name) >= 3


def make_home(name):
    if not is_valid_name(name):
        return False
    os.seteuid(0)
    try:
        os.makedirs(f"/home/{name}")
        os.seteuid(os.getuid())
        return True
    except:  # noqa: E722
        os.seteuid(os.getuid())
        return False
