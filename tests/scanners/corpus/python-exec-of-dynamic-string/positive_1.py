"""Positive example for python-exec-of-dynamic-string: the rule must flag this."""
def set_field(obj, name, value):
    exec("obj." + name + " = value")
