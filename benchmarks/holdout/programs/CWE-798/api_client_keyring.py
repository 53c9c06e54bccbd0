import keyring
import requests


class BillingClient:
    BASE = "https://api.billing.example.com/v1"

    def __init__(self):
        self.token = keyring.get_password("billing-api", "default")
        if not self.token:
            raise RuntimeError("billing token not configured")

    def invoices(self, customer_id):
        resp = requests.get(
            f"{self.BASE}/customers/{customer_id}/invoices",
            headers={"Authorization": "Bearer " + self.token},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()
