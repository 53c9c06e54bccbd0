"""Positive example for jwt-decoded-without-verification: the rule must flag this."""
import jwt
def claims(token):
    return jwt.decode(token, options={"verify_signature": False})
