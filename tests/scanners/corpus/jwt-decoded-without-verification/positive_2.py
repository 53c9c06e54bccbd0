"""Positive example for jwt-decoded-without-verification: a public key without an algorithm list (the
token's "alg" can make it an HMAC secret)."""
import jwt


def claims(token, public_key):
    return jwt.decode(token, public_key)
