"""Positive example for pickle-dumps-of-caller-object: the rule must flag this."""
import pickle
def export(payload):
    return pickle.dumps(payload)
