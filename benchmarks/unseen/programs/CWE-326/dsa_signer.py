import sys

from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA
from Crypto.Signature import DSS


class ReleaseSigner:
    def __init__(self):
        self.key = DSA.generate(1024)

    def sign(self, data: bytes) -> bytes:
        return DSS.new(self.key, "fips-186-3").sign(SHA256.new(data))

    def public_pem(self) -> bytes:
        return self.key.publickey().export_key()


if __name__ == "__main__":
    signer = ReleaseSigner()
    with open(sys.argv[1], "rb") as fh:
        sig = signer.sign(fh.read())
    print(sig.hex())
