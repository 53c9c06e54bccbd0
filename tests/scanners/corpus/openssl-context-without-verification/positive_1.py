"""Positive example for openssl-context-without-verification: the rule must flag this."""
from OpenSSL import SSL
def context():
    return SSL.Context(SSL.TLS_METHOD)
