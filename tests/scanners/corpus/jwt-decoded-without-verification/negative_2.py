"""Negative example for jwt-decoded-without-verification: decoded with the shared secret, so the signature is
checked."""
import jwt

SECRET = "change-me"


def claims(token):
    return jwt.decode(token, SECRET)
