import argparse
import getpass
import hashlib
from pathlib import Path


class CredentialFile:
    """Simple user:hash file used by the internal reverse proxy plugin."""

    def __init__(self, path):
        self.path = Path(path)
        self.entries = {}
        if self.path.exists():
            for line in self.path.read_text().splitlines():
                user, _, hashed = line.partition(":")
                self.entries[user] = hashed

    @staticmethod
    def hash_password(password):
        digest = password.encode()
        for _ in range(10000):
            digest = hashlib.sha512(digest).digest()
        return digest.hex()

    def set(self, user, password):
        self.entries[user] = self.hash_password(password)

    def save(self):
        self.path.write_text("".join(f"{u}:{h}\n" for u, h in sorted(self.entries.items())))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("user")
    args = parser.parse_args()
    creds = CredentialFile(args.file)
    creds.set(args.user, getpass.getpass())
    creds.save()


if __name__ == "__main__":
    main()
