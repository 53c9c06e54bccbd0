import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate(out_dir: Path, name: str, passphrase: bytes) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    (out_dir / f"{name}.pub").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
    )


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="Create a signing key pair for release artifacts")
    p.add_argument("name")
    p.add_argument("--out", default="keys")
    p.add_argument("--passphrase", required=True)
    a = p.parse_args()
    generate(Path(a.out), a.name, a.passphrase.encode())
    print("key pair written to", a.out)
