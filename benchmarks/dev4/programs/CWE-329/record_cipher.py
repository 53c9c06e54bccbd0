"""Encrypts ledger records before they are appended to the journal file."""
import struct

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class JournalWriter:
    def __init__(self, path, key):
        self.path = path
        self.key = key
        self.counter = 0

    def _next_iv(self):
        self.counter += 1
        return struct.pack(">QQ", 0, self.counter)

    def append(self, record: bytes):
        iv = self._next_iv()
        cipher = AES.new(self.key, AES.MODE_CBC, iv=iv)
        ct = cipher.encrypt(pad(record, AES.block_size))
        with open(self.path, "ab") as fh:
            fh.write(struct.pack(">I", len(ct)) + iv + ct)


def read_all(path, key):
    out = []
    with open(path, "rb") as fh:
        while header := fh.read(4):
            (n,) = struct.unpack(">I", header)
            iv = fh.read(16)
            ct = fh.read(n)
            out.append(unpad(AES.new(key, AES.MODE_CBC, iv=iv).decrypt(ct), AES.block_size))
    return out


if __name__ == "__main__":
    import os
    k = os.urandom(32)
    w = JournalWriter("journal.bin", k)
    for line in (b"debit 10", b"credit 25"):
        w.append(line)
    print(read_all("journal.bin", k))
