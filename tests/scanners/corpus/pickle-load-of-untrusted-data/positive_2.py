"""Positive example for pickle-load-of-untrusted-data: the type check runs after loads() already executed the payload."""
import base64
import pickle


def read_preferences(cookie_value: str) -> dict:
    prefs = pickle.loads(base64.urlsafe_b64decode(cookie_value))
    if not isinstance(prefs, dict):
        raise TypeError("preferences must be a mapping")
    return prefs
