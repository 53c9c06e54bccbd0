"""Positive example for cbc-iv-derived-from-data: the IV is an HMAC of the account id, computed once in __init__ and used by every encryption."""
import hashlib
import hmac

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


class AccountSealer:
    def __init__(self, key, account_id):
        self.key = key
        self.iv = hmac.new(key, account_id.encode(), hashlib.sha256).digest()[:16]

    def seal(self, note):
        return AES.new(self.key, AES.MODE_CBC, self.iv).encrypt(pad(note, 16))
