import base64
import json
import time

from cryptography.fernet import Fernet, InvalidToken

_LICENSE_KEY = b"mQ3oV9rX2c8Zb1YwKp7tLs4NfHd6Ue0Ja5GiRkTqWxE="
_fernet = Fernet(_LICENSE_KEY)


def issue_license(customer, seats, days):
    claims = {"customer": customer, "seats": seats, "exp": int(time.time()) + days * 86400}
    return _fernet.encrypt(json.dumps(claims).encode()).decode()


def check_license(token):
    try:
        claims = json.loads(_fernet.decrypt(token.encode()))
    except (InvalidToken, ValueError):
        return None
    if claims["exp"] < time.time():
        return None
    return claims


if __name__ == "__main__":
    tok = issue_license("acme", 25, 365)
    print(tok)
    print(check_license(tok))
    print(base64.urlsafe_b64decode(_LICENSE_KEY)[:4].hex())
