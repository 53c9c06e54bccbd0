import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from flask import Flask, request, jsonify

app = Flask(__name__)
KEY = base64.b64decode(os.environ["BRIDGE_KEY"])


def wrap(payload: bytes) -> str:
    iv = get_random_bytes(AES.block_size)
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(payload, AES.block_size))).decode()


def unwrap(token: str) -> bytes:
    raw = base64.b64decode(token)
    cipher = AES.new(KEY, AES.MODE_CBC, raw[:AES.block_size])
    return unpad(cipher.decrypt(raw[AES.block_size:]), AES.block_size)


@app.post("/bridge/outbound")
def outbound():
    body = request.get_data()
    return jsonify({"blob": wrap(body)})
