import sys
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_file(path, key):
    """Encrypt a file with the given 8-byte key."""
    cipher = DES.new(key, DES.MODE_ECB)
    with open(path, "rb") as fh:
        data = fh.read()
    with open(path + ".enc", "wb") as out:
        out.write(cipher.encrypt(pad(data, 8)))


if __name__ == "__main__":
    encrypt_file(sys.argv[1], sys.argv[2].encode()[:8])
