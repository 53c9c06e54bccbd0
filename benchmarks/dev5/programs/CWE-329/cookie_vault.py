"""Encrypted + authenticated cookie values for a Tornado app."""
import base64
import hashlib
import hmac
import json
import secrets

import tornado.web
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class CookieVault:
    def __init__(self, enc_key: bytes, mac_key: bytes):
        self.enc_key = enc_key
        self.mac_key = mac_key

    def dumps(self, value: dict) -> str:
        iv = secrets.token_bytes(16)
        padder = padding.PKCS7(128).padder()
        data = padder.update(json.dumps(value).encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.enc_key), modes.CBC(iv)).encryptor()
        body = iv + enc.update(data) + enc.finalize()
        tag = hmac.new(self.mac_key, body, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(body + tag).decode()

    def loads(self, token: str):
        raw = base64.urlsafe_b64decode(token.encode())
        body, tag = raw[:-32], raw[-32:]
        if not hmac.compare_digest(tag, hmac.new(self.mac_key, body, hashlib.sha256).digest()):
            return None
        dec = Cipher(algorithms.AES(self.enc_key), modes.CBC(body[:16])).decryptor()
        data = dec.update(body[16:]) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(data) + unpadder.finalize())


class CartHandler(tornado.web.RequestHandler):
    def initialize(self, vault: CookieVault):
        self.vault = vault

    def get(self):
        raw = self.get_cookie("cart")
        cart = self.vault.loads(raw) if raw else None
        self.write({"items": (cart or {}).get("items", [])})

    def post(self):
        item = self.get_body_argument("item")
        raw = self.get_cookie("cart")
        cart = (self.vault.loads(raw) if raw else None) or {"items": []}
        cart["items"].append(item)
        self.set_cookie("cart", self.vault.dumps(cart), httponly=True, secure=True)
        self.write({"items": cart["items"]})
