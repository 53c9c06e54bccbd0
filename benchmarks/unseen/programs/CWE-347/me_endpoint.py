import os

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


def current_claims():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    token = header.split(" ", 1)[1]
    try:
        return jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)


@app.get("/api/me")
def me():
    claims = current_claims()
    return jsonify(user=claims.get("sub"), role=claims.get("role", "user"))
