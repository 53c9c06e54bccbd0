"""Positive example for insecure-tls-protocol-version: the rule must flag this."""
import ssl
def context():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)
