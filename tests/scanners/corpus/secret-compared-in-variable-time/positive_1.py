"""Positive example for secret-compared-in-variable-time: the rule must flag this."""
def check(stored_token, given_token):
    return stored_token == given_token
