"""Positive example for return-value-discarded: a comparison whose answer is ignored."""

import hmac


def authorize(token, expected):
    hmac.compare_digest(token, expected)
    return "granted"
