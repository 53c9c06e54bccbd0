from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


class RecordEncryptor:
    def __init__(self, key):
        self.key = key
        self.counter = 0

    def encrypt(self, data):
        self.counter += 1
        iv = self.counter.to_bytes(16, "big")
        cipher = AES.new(self.key, AES.MODE_CBC, iv)
        return iv + cipher.encrypt(pad(data, 16))
