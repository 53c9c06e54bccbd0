"""Positive example for object-reference-comparison: a header value is compared with a string constant, and a computed digest with another, by identity."""
import hashlib

PREMIUM_PLAN = "premium"


def plan_allows_export(headers):
    return headers.get("X-Plan", "").lower() is PREMIUM_PLAN


def coupon_matches(code, stored_hex):
    return hashlib.sha1(code.encode()).hexdigest() is stored_hex
