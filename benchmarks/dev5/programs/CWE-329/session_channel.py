"""Encrypted framing for the legacy terminal protocol (AES-CBC, then HMAC)."""
import hashlib
import hmac
import struct

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class FrameCodec:
    def __init__(self, enc_key: bytes, mac_key: bytes):
        self.enc_key = enc_key
        self.mac_key = mac_key
        self.counter = 0

    def _next_iv(self) -> bytes:
        self.counter += 1
        return struct.pack(">QQ", 0, self.counter)

    def encode(self, payload: bytes) -> bytes:
        iv = self._next_iv()
        ct = AES.new(self.enc_key, AES.MODE_CBC, iv).encrypt(pad(payload, 16))
        body = iv + ct
        tag = hmac.new(self.mac_key, body, hashlib.sha256).digest()
        return struct.pack(">I", len(body)) + body + tag

    def decode(self, frame: bytes) -> bytes:
        (length,) = struct.unpack(">I", frame[:4])
        body, tag = frame[4:4 + length], frame[4 + length:]
        if not hmac.compare_digest(tag, hmac.new(self.mac_key, body, hashlib.sha256).digest()):
            raise ValueError("frame tag mismatch")
        iv, ct = body[:16], body[16:]
        return unpad(AES.new(self.enc_key, AES.MODE_CBC, iv).decrypt(ct), 16)


class Channel:
    def __init__(self, sock, codec: FrameCodec):
        self.sock = sock
        self.codec = codec

    def send(self, text: str) -> None:
        self.sock.sendall(self.codec.encode(text.encode()))

    def recv_frame(self, frame: bytes) -> str:
        return self.codec.decode(frame).decode()
