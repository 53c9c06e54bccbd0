"""Positive example for hardcoded-credentials: a generic "key" name holding key material (letters and
digits) is still a hard-coded key, and a secret-only name is flagged whatever its value."""
import requests

service_key = "a8f5f167f44f4964e6c998dee827110c"
SECRET_KEY = "dev"


def fetch(url):
    return requests.get(url, headers={"X-Key": service_key, "X-Sig": SECRET_KEY}, timeout=5)
