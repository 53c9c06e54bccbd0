import json
import os
from pathlib import Path

from cryptography.fernet import Fernet

VAULT = Path("tokens.vault")


def cipher() -> Fernet:
    return Fernet(os.environ["VAULT_KEY"].encode())


def save_tokens(tokens: dict[str, str]) -> None:
    VAULT.write_bytes(cipher().encrypt(json.dumps(tokens).encode()))


def load_tokens() -> dict[str, str]:
    if not VAULT.exists():
        return {}
    return json.loads(cipher().decrypt(VAULT.read_bytes()))


if __name__ == "__main__":
    tokens = load_tokens()
    tokens["github"] = input("token: ")
    save_tokens(tokens)
