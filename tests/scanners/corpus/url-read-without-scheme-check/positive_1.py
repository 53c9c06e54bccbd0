"""Positive example for url-read-without-scheme-check: the rule must flag this."""
import json
import urllib.request
def read_json(url):
    with urllib.request.urlopen(url) as resp:
        return json.load(resp)
