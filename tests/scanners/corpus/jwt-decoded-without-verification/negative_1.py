"""Negative example for jwt-decoded-without-verification: the rule must not flag this."""
import jwt
def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"])
