import base64
import json
import time

from cryptography.fernet import Fernet, InvalidToken

_KEY = b"q3Xv1n0uF5sZpQ8rT2yW6bC9dE4gH7jK1mN5oP8rS0U="
_fernet = Fernet(_KEY)


def issue_reset_token(user_id: int, ttl: int = 3600) -> str:
    body = json.dumps({"uid": user_id, "exp": int(time.time()) + ttl}).encode()
    return _fernet.encrypt(body).decode()


def read_reset_token(token: str):
    try:
        data = json.loads(_fernet.decrypt(token.encode()))
    except (InvalidToken, ValueError):
        return None
    if data["exp"] < time.time():
        return None
    return data["uid"]
