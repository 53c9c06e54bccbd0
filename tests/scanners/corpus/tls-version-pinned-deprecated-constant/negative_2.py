"""Negative example for tls-version-pinned-deprecated-constant: the client protocol negotiates."""
import ssl


def client_context(cafile):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile)
    return context
