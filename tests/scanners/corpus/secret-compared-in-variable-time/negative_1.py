"""Negative example for secret-compared-in-variable-time: the rule must not flag this."""
import hmac
def check(stored_token, given_token):
    return hmac.compare_digest(stored_token, given_token)
