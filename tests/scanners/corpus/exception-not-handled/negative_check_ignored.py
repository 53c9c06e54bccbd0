"""Negative example for exception-not-handled: a failed validation stops the payment."""

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
        return False
    ledger.append(-amount)
    return True
