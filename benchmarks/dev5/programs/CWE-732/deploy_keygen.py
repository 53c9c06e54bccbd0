"""Generates an Ed25519 deploy key pair for a repository."""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def write_file(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


class DeployKey:
    def __init__(self, comment):
        self.comment = comment
        self.private = Ed25519PrivateKey.generate()

    def private_bytes(self):
        return self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )

    def public_line(self):
        pub = self.private.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
        return pub + b" " + self.comment.encode() + b"\n"

    def save(self, directory: Path, name: str) -> Path:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        key_path = directory / name
        write_file(key_path, self.private_bytes(), 0o600)
        write_file(directory / (name + ".pub"), self.public_line(), 0o644)
        return key_path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--dir", type=Path, default=Path.home() / ".ssh" / "deploy")
    args = ap.parse_args()
    path = DeployKey(f"deploy@{args.repo}").save(args.dir, args.repo.replace("/", "_"))
    print(f"private key written to {path}")
