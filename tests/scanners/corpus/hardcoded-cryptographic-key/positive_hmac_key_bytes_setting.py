import hashlib
import hmac


class Settings:
    mac_key_bytes = "9d2f7c41a0be63e85f17c2d4a9b06e3f"


def tag(message: bytes) -> str:
    return hmac.new(Settings.mac_key_bytes.encode(), message, hashlib.sha256).hexdigest()
