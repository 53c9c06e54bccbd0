import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate(out_dir: Path, name: str, passphrase: bytes):
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    enc = serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    (out_dir / f"{name}.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    )
    (out_dir / f"{name}.pub").write_bytes(
        key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Create a deploy key pair for the CI runners")
    ap.add_argument("name")
    ap.add_argument("--out", default=".")
    ap.add_argument("--passphrase", default="")
    a = ap.parse_args()
    generate(Path(a.out), a.name, a.passphrase.encode())
