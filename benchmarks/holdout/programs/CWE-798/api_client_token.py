import requests


class BillingClient:
    BASE = "https://api.billing.example.com/v1"
    TOKEN = "sk_live_9f8a7b6c5d4e3f2a1b0c"

    def invoices(self, customer_id):
        resp = requests.get(
            f"{self.BASE}/customers/{customer_id}/invoices",
            headers={"Authorization": "Bearer " + self.TOKEN},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()
