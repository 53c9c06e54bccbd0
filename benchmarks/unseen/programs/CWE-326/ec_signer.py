import sys

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec


class ReleaseSigner:
    def __init__(self):
        self.key = ec.generate_private_key(ec.SECP256R1())

    def sign(self, data: bytes) -> bytes:
        return self.key.sign(data, ec.ECDSA(hashes.SHA256()))


if __name__ == "__main__":
    signer = ReleaseSigner()
    with open(sys.argv[1], "rb") as fh:
        sig = signer.sign(fh.read())
    print(sig.hex())
