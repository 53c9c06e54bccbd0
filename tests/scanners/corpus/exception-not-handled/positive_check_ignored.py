"""Positive example for exception-not-handled: a failed validation is logged and the payment goes on."""

import logging

log = logging.getLogger(__name__)


def validate_amount(amount):
    if amount <= 0:
        raise ValueError("amount must be positive")


def pay(ledger, amount):
    try:
        validate_amount(amount)
    except ValueError as exc:
        log.warning("bad amount: %s", exc)
    ledger.append(-amount)
