"""Negative example for privilege-raised-before-validation: the rule must not flag this."""
import os
def make_home(name, raisePrivileges, lowerPrivileges, is_valid_name):
    if not is_valid_name(name):
        return False
    raisePrivileges()
    try:
        os.mkdir("/home/" + name)
    finally:
        lowerPrivileges()
    return True
