"""Thin client for the payment provider's REST API."""
import os

import requests


class ConfigError(RuntimeError):
    pass


def _require(name):
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value


class PaymentClient:
    def __init__(self, base_url=None, api_key=None):
        self.base_url = base_url or os.environ.get("PAYMENTS_URL", "https://api.payments.example.com")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or _require('PAYMENTS_API_KEY')}"

    def charge(self, customer_id, amount_cents, currency="EUR"):
        resp = self.session.post(
            f"{self.base_url}/v1/charges",
            json={"customer": customer_id, "amount": amount_cents, "currency": currency},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, charge_id):
        resp = self.session.post(f"{self.base_url}/v1/charges/{charge_id}/refund", timeout=10)
        resp.raise_for_status()
        return resp.json()
