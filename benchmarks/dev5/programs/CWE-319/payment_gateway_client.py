"""Thin client for the card processor's REST API."""
import logging
import os
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


class GatewayError(Exception):
    pass


class PaymentGateway:
    def __init__(self, host: str, merchant_id: str, api_key: str):
        self.base = f"http://{host}/v2"
        self.merchant_id = merchant_id
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key

    def charge(self, card_number: str, exp: str, cvv: str, amount: Decimal, currency: str = "EUR"):
        payload = {
            "merchant": self.merchant_id,
            "card": {"number": card_number, "exp": exp, "cvv": cvv},
            "amount": str(amount),
            "currency": currency,
        }
        resp = self.session.post(f"{self.base}/charges", json=payload, timeout=20)
        if resp.status_code != 201:
            log.warning("charge failed with status %s", resp.status_code)
            raise GatewayError(resp.text)
        return resp.json()["charge_id"]

    def refund(self, charge_id: str):
        resp = self.session.post(f"{self.base}/charges/{charge_id}/refund", timeout=20)
        resp.raise_for_status()
        return resp.json()


def from_env() -> PaymentGateway:
    return PaymentGateway(
        host=os.environ.get("GATEWAY_HOST", "api.cardproc.example.com"),
        merchant_id=os.environ["MERCHANT_ID"],
        api_key=os.environ["GATEWAY_API_KEY"],
    )
