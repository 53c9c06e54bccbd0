import base64
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.serialization import load_pem_public_key

PUBLIC_KEY_PEM = open("/usr/share/acme/license_pub.pem", "rb").read()


def read_license(path: str) -> dict | None:
    with open(path) as fh:
        doc = json.load(fh)
    payload = base64.b64decode(doc["payload"])
    signature = base64.b64decode(doc["signature"])
    key = load_pem_public_key(PUBLIC_KEY_PEM)
    try:
        key.verify(signature, payload, padding.PSS(mgf=padding.MGF1(hashes.SHA256()),
                   salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())
    except InvalidSignature:
        return None
    return json.loads(payload)


if __name__ == "__main__":
    lic = read_license(sys.argv[1])
    print("invalid license" if lic is None else f"licensed to {lic['customer']} until {lic['expires']}")
