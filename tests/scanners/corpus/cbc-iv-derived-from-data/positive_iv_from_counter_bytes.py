"""A PyCryptodome CBC IV is the message sequence number turned into bytes: predictable by design."""
from Cryptodome.Cipher import AES
from Cryptodome.Util.Padding import pad


class Channel:
    def __init__(self, key):
        self.key = key
        self.seq = 0

    def send(self, payload: bytes) -> bytes:
        self.seq += 1
        iv = self.seq.to_bytes(16, "big")
        return AES.new(self.key, AES.MODE_CBC, iv).encrypt(pad(payload, 16))
