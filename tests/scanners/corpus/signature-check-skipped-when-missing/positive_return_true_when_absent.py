"""An Ed25519 check reports success when the message carries no signature at all."""
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def is_authentic(public_key: Ed25519PublicKey, message: dict) -> bool:
    signature = message.get("signature")
    if signature is None:
        return True
    try:
        public_key.verify(bytes.fromhex(signature), message["body"].encode())
    except InvalidSignature:
        return False
    return True
