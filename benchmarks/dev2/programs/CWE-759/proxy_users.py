import argparse
import getpass
from pathlib import Path

import bcrypt


class CredentialFile:
    """Simple user:hash file used by the internal reverse proxy plugin."""

    def __init__(self, path: str):
        self.path = Path(path)
        self.entries: dict[str, str] = {}
        if self.path.exists():
            for line in self.path.read_text().splitlines():
                user, _, hashed = line.partition(":")
                self.entries[user] = hashed

    def set(self, user: str, password: str) -> None:
        self.entries[user] = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()

    def verify(self, user: str, password: str) -> bool:
        hashed = self.entries.get(user)
        return bool(hashed) and bcrypt.checkpw(password.encode(), hashed.encode())

    def save(self) -> None:
        self.path.write_text("".join(f"{u}:{h}\n" for u, h in sorted(self.entries.items())))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("user")
    args = parser.parse_args()
    creds = CredentialFile(args.file)
    creds.set(args.user, getpass.getpass())
    creds.save()


if __name__ == "__main__":
    main()
