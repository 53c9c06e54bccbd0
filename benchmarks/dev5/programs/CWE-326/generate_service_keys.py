import argparse
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate(out_dir: Path, name: str) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    out_dir.mkdir(parents=True, exist_ok=True)
    priv = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    pub = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    (out_dir / f"{name}.key").write_bytes(priv)
    (out_dir / f"{name}.key").chmod(0o600)
    (out_dir / f"{name}.pub").write_bytes(pub)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="Create a signing key pair for a service")
    p.add_argument("name")
    p.add_argument("--out", default="keys")
    a = p.parse_args()
    generate(Path(a.out), a.name)
