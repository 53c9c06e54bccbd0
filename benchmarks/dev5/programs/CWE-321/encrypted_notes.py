import os
import sys

from cryptography.fernet import Fernet


def load_key() -> bytes:
    key = os.environ.get("NOTES_KEY")
    if not key:
        sys.exit("NOTES_KEY is not set; generate one with Fernet.generate_key()")
    return key.encode()


def save_note(path: str, text: str) -> None:
    token = Fernet(load_key()).encrypt(text.encode())
    with open(path, "wb") as fh:
        fh.write(token)


def read_note(path: str) -> str:
    with open(path, "rb") as fh:
        return Fernet(load_key()).decrypt(fh.read()).decode()


if __name__ == "__main__":
    if sys.argv[1] == "write":
        save_note(sys.argv[2], sys.stdin.read())
    else:
        print(read_note(sys.argv[2]))
