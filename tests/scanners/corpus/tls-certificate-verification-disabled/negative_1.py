"""Negative example for tls-certificate-verification-disabled: the rule must not flag this."""
import requests
def fetch(url):
    return requests.get(url, timeout=10).text
