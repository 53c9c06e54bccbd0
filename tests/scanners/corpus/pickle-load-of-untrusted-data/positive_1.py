"""Positive example for pickle-load-of-untrusted-data: the rule must flag this."""
import pickle
def load_session(blob):
    return pickle.loads(blob)
