import json
from pathlib import Path

from cryptography.fernet import Fernet

VAULT = Path("tokens.vault")
KEY = b"q3U1m0Zt9p8xY2b4V7c6N5a3S1d0F9g8H7j6K5l4M3E="
cipher = Fernet(KEY)


def save_tokens(tokens: dict[str, str]) -> None:
    VAULT.write_bytes(cipher.encrypt(json.dumps(tokens).encode()))


def load_tokens() -> dict[str, str]:
    if not VAULT.exists():
        return {}
    return json.loads(cipher.decrypt(VAULT.read_bytes()))


if __name__ == "__main__":
    tokens = load_tokens()
    tokens["github"] = input("token: ")
    save_tokens(tokens)
