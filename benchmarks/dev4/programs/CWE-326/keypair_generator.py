import argparse
import os

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate(bits):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def write_pair(key, out_dir, name, passphrase):
    os.makedirs(out_dir, exist_ok=True)
    priv = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    pub = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    priv_path = os.path.join(out_dir, f"{name}.pem")
    with open(os.open(priv_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
        fh.write(priv)
    with open(os.path.join(out_dir, f"{name}.pub"), "wb") as fh:
        fh.write(pub + b"\n")


def main():
    ap = argparse.ArgumentParser(description="Create a deploy key for the build fleet")
    ap.add_argument("name")
    ap.add_argument("--out", default="keys")
    # keep it small so the embedded controllers can handle the handshake quickly
    ap.add_argument("--bits", type=int, default=768)
    args = ap.parse_args()
    write_pair(generate(args.bits), args.out, args.name, os.environ["KEY_PASSPHRASE"])


if __name__ == "__main__":
    main()
