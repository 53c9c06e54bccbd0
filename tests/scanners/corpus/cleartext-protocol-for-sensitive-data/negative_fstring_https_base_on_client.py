"""The client's base address is https://, so the key and body travel over TLS."""
import requests


class BillingApi:
    def __init__(self, host: str, key: str):
        self.base = f"https://{host}/v1"
        self.s = requests.Session()
        self.s.headers["Authorization"] = key

    def invoice(self, customer: str, cents: int):
        return self.s.post(f"{self.base}/invoices", json={"customer": customer, "amount": cents}, timeout=10)
