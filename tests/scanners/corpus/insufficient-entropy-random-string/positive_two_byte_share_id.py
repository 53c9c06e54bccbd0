import secrets

PUBLIC = {}


def publish(document_id):
    ref = secrets.token_bytes(2).hex()
    PUBLIC[ref] = document_id
    return ref
