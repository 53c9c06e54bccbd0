"""Positive example for privilege-raised-before-validation: the rule must flag this."""
import os
def make_home(name, raisePrivileges, lowerPrivileges, is_valid_name):
    raisePrivileges()
    if not is_valid_name(name):
        return False
    os.mkdir("/home/" + name)
    lowerPrivileges()
    return True
