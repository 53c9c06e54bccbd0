"""Negative example for credentials-sent-to-plain-http-url: only public, non-secret data goes to the plain http:// mirror."""
import requests

MIRROR = "http://mirror.example.org/packages"


class MirrorClient:
    def __init__(self, base=MIRROR):
        self.base = base

    def search(self, term):
        return requests.get(self.base + "/search", params={"q": term}, timeout=10).json()
