import json
import time

from cryptography.fernet import Fernet, InvalidToken
from flask import Flask, make_response, request

app = Flask(__name__)

_fernet = Fernet(b"q3Jx0bB4rV9kXh2pZ8cLw1sT6yNf5mUe7aGdR0iKjHo=")


def encode_session(data: dict) -> str:
    payload = dict(data, iat=int(time.time()))
    return _fernet.encrypt(json.dumps(payload).encode()).decode()


def decode_session(token: str, max_age=3600):
    try:
        raw = _fernet.decrypt(token.encode(), ttl=max_age)
    except InvalidToken:
        return None
    return json.loads(raw)


@app.post("/login")
def login():
    user = request.form["username"]
    resp = make_response({"ok": True})
    resp.set_cookie("sess", encode_session({"user": user}), httponly=True, secure=True)
    return resp


@app.get("/me")
def me():
    sess = decode_session(request.cookies.get("sess", ""))
    if sess is None:
        return {"error": "not logged in"}, 401
    return {"user": sess["user"]}
