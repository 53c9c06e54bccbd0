import base64
import sys

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

IV = b"\x00" * 16


def encrypt_value(key: bytes, value: str) -> str:
    cipher = AES.new(key, AES.MODE_CBC, IV)
    return base64.b64encode(cipher.encrypt(pad(value.encode(), AES.block_size))).decode()


def decrypt_value(key: bytes, token: str) -> str:
    cipher = AES.new(key, AES.MODE_CBC, IV)
    return unpad(cipher.decrypt(base64.b64decode(token)), AES.block_size).decode()


if __name__ == "__main__":
    with open("/etc/myapp/master.key", "rb") as fh:
        master = fh.read(32)
    for line in sys.stdin:
        name, _, val = line.rstrip("\n").partition("=")
        print(f"{name}=ENC({encrypt_value(master, val)})")
