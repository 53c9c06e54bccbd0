"""Negative example for privilege-not-dropped-in-finally: the rule must not flag this."""
import os
def make_home(name, raisePrivileges, lowerPrivileges):
    raisePrivileges()
    try:
        os.mkdir("/home/" + name)
    finally:
        lowerPrivileges()
