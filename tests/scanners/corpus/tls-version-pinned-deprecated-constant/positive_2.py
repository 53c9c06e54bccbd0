"""Positive example for tls-version-pinned-deprecated-constant: pyOpenSSL fixed-version method."""
from OpenSSL import SSL


def make_context():
    ctx = SSL.Context(SSL.TLSv1_2_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda *args: True)
    return ctx
