"""Positive example for privilege-not-dropped-in-finally: the rule must flag this."""
import os
def make_home(name, raisePrivileges, lowerPrivileges):
    raisePrivileges()
    os.mkdir("/home/" + name)
    lowerPrivileges()
