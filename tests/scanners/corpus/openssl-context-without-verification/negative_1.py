"""Negative example for openssl-context-without-verification: the rule must not flag this."""
from OpenSSL import SSL
def context():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda *args: args[-1])
    ctx.set_default_verify_paths()
    return ctx
