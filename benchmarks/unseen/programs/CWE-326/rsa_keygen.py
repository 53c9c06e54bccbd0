from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate(out_dir: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "service.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (out_dir / "service.pub").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


if __name__ == "__main__":
    generate(Path("keys"))
