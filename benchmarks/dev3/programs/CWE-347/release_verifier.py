import argparse
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def load_pubkey(path):
    with open(path, "rb") as fh:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(fh.read().decode().strip()))


def verify(artifact, sig_path, pubkey):
    with open(artifact, "rb") as fh:
        data = fh.read()
    with open(sig_path, "rb") as fh:
        sig = fh.read()
    try:
        pubkey.verify(sig, data)
    except InvalidSignature:
        return False
    return True


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Verify a downloaded release before installing it")
    ap.add_argument("artifact")
    ap.add_argument("--sig")
    ap.add_argument("--key", default="/etc/updater/release.pub")
    a = ap.parse_args()
    if not verify(a.artifact, a.sig or a.artifact + ".sig", load_pubkey(a.key)):
        print("signature check failed", file=sys.stderr)
        sys.exit(1)
    print("ok")
