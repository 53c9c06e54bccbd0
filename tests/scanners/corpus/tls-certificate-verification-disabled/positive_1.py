"""Positive example for tls-certificate-verification-disabled: the rule must flag this."""
import requests
def fetch(url):
    return requests.get(url, verify=False).text
