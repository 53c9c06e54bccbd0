from cryptography.exceptions import InvalidSignature


def signature_valid(keys, payload: bytes, sig: bytes) -> bool:
    for key in keys:
        try:
            key.verify(sig, payload)
            return True
        except InvalidSignature:
            continue
    return False


def check(key, payload, sig):
    try:
        key.verify(sig, payload)
    except InvalidSignature:
        return False
    return True
