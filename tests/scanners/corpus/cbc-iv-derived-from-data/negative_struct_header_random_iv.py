"""struct.pack builds the length header; the CBC IV itself is drawn at random per message."""
import os
import struct

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def frame(key: bytes, payload: bytes) -> bytes:
    nonce = os.urandom(16)
    body = AES.new(key, AES.MODE_CBC, nonce).encrypt(pad(payload, 16))
    header = struct.pack(">I", len(body))
    return header + nonce + body
