"""Positive example for tls-certificate-verification-disabled: the client's verify switch defaults to off, so every caller that does not ask otherwise skips certificate checks."""
import httpx


class BillingClient:
    def __init__(self, base_url, api_key, verify=False):
        self.base_url = base_url
        self.api_key = api_key
        self.verify = verify

    def invoices(self):
        with httpx.Client(verify=self.verify, headers={"X-Api-Key": self.api_key}) as client:
            return client.get(self.base_url + "/invoices").json()
