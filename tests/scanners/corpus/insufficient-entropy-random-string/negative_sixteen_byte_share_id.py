"""Public share references are 16 random bytes: not guessable."""
import secrets

PUBLIC = {}


def publish(document_id):
    ref = secrets.token_urlsafe(16)
    PUBLIC[ref] = document_id
    return ref
