import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_BITS = 3072


def generate(out_dir: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    out_dir.mkdir(parents=True, exist_ok=True)
    passphrase = os.environ["KEY_PASSPHRASE"].encode()
    (out_dir / "service.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )


if __name__ == "__main__":
    generate(Path("keys"))
