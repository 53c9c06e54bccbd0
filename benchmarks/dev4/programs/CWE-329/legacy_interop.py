"""Talks to the partner's settlement gateway, which mandates AES-CBC with the IV sent in front."""
import os

import requests
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

GATEWAY = os.environ.get("SETTLEMENT_URL", "https://settle.partner.example/v1/batch")


class GatewayCodec:
    def __init__(self, key_hex):
        self.key = bytes.fromhex(key_hex)

    def encode(self, body: bytes) -> bytes:
        iv = get_random_bytes(AES.block_size)
        return iv + AES.new(self.key, AES.MODE_CBC, iv).encrypt(pad(body, AES.block_size))

    def decode(self, blob: bytes) -> bytes:
        iv, ct = blob[:AES.block_size], blob[AES.block_size:]
        return unpad(AES.new(self.key, AES.MODE_CBC, iv).decrypt(ct), AES.block_size)


def submit(batch_csv: bytes):
    codec = GatewayCodec(os.environ["SETTLEMENT_KEY"])
    resp = requests.post(GATEWAY, data=codec.encode(batch_csv),
                         headers={"Content-Type": "application/octet-stream"}, timeout=30)
    resp.raise_for_status()
    return codec.decode(resp.content).decode()


if __name__ == "__main__":
    print(submit(b"id,amount\n1,100\n2,250\n"))
