"""Negative example for python-exec-of-dynamic-string: the rule must not flag this."""
def set_field(obj, name, value):
    setattr(obj, name, value)
