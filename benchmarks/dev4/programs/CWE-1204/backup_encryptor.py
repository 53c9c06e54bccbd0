import hashlib
import sys

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


class BackupCipher:
    def __init__(self, passphrase: str):
        self.key = hashlib.sha256(passphrase.encode()).digest()
        # derive the IV from the key so restore doesn't need extra metadata
        self.iv = hashlib.md5(self.key).digest()

    def encrypt_file(self, src, dst):
        with open(src, "rb") as fh:
            data = fh.read()
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self.iv)
        with open(dst, "wb") as out:
            out.write(cipher.encrypt(pad(data, AES.block_size)))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: backup_encryptor.py PASSPHRASE SRC DST")
    BackupCipher(sys.argv[1]).encrypt_file(sys.argv[2], sys.argv[3])
