"""Negative: a development allow-list of hosts (it happens to hold localhost) is no deny-list."""
from urllib.parse import urlparse

import requests

PERMITTED_HOSTS = ("localhost", "api.internal.example")


def call(url):
    if urlparse(url).hostname not in PERMITTED_HOSTS:
        raise ValueError("host not allowed")
    return requests.get(url, timeout=5).json()
