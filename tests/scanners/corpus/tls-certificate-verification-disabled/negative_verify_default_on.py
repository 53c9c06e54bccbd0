"""Negative example for tls-certificate-verification-disabled: verification defaults on and may only be pointed at a private CA bundle."""
import requests


class InventoryClient:
    def __init__(self, base_url, ca_bundle=None, verify=True):
        self.base_url = base_url
        self.verify = ca_bundle or verify

    def items(self):
        return requests.get(self.base_url + "/items", verify=self.verify, timeout=10).json()


def fetch_status(url, verify=True):
    return requests.get(url, verify=verify, timeout=5).status_code
