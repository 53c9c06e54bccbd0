"""Negative example for url-read-without-scheme-check: the rule must not flag this."""
import json
import urllib.request
from urllib.parse import urlparse
def read_json(url):
    if urlparse(url).scheme != "https":
        raise ValueError("https only")
    with urllib.request.urlopen(url) as resp:
        return json.load(resp)
