import os

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)
PUBLIC_KEY = open(os.environ.get("JWT_PUBLIC_KEY", "/etc/gateway/jwt.pub")).read()


def claims_from_request():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        return None
    token = auth[7:]
    try:
        return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False})
    except jwt.PyJWTError:
        return None


@app.before_request
def authenticate():
    g.claims = claims_from_request()


@app.get("/api/orders")
def orders():
    if not g.claims:
        return jsonify(error="unauthorized"), 401
    return jsonify(customer=g.claims["sub"], scope=g.claims.get("scope", ""))
