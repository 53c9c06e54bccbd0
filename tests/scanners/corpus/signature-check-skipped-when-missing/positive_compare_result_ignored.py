"""The HMAC comparison runs but its result is never used, so any signature is accepted."""
import hashlib
import hmac


def handle_callback(secret: bytes, body: bytes, signature: str, process):
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    hmac.compare_digest(expected, signature)
    return process(body)
