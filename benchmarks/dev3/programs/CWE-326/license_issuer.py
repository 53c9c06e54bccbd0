import base64
import json
import os

from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15


class LicenseIssuer:
    def __init__(self, key_path="license_key.pem", bits=None):
        self.key_path = key_path
        self.bits = bits or int(os.environ.get("LICENSE_KEY_BITS", "768"))
        self.key = self._load_or_create()

    def _load_or_create(self):
        if os.path.exists(self.key_path):
            with open(self.key_path, "rb") as fh:
                return RSA.import_key(fh.read())
        key = RSA.generate(self.bits)
        with open(self.key_path, "wb") as fh:
            fh.write(key.export_key())
        return key

    def issue(self, customer, seats, expires):
        body = json.dumps({"customer": customer, "seats": seats, "expires": expires}, sort_keys=True).encode()
        sig = pkcs1_15.new(self.key).sign(SHA256.new(body))
        return base64.b64encode(body).decode() + "." + base64.b64encode(sig).decode()


if __name__ == "__main__":
    print(LicenseIssuer().issue("acme", 25, "2027-12-31"))
