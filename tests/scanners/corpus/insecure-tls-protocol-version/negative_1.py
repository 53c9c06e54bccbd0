"""Negative example for insecure-tls-protocol-version: the rule must not flag this."""
import ssl
def context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
