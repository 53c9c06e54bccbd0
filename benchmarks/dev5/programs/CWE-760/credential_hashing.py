import base64
import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1


def make_hash(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(key).decode()


def check_hash(password: str, stored: str) -> bool:
    scheme, salt_b64, key_b64 = stored.split("$")
    if scheme != "scrypt":
        return False
    salt = base64.b64decode(salt_b64)
    key = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, dklen=32)
    return hmac.compare_digest(key, base64.b64decode(key_b64))
