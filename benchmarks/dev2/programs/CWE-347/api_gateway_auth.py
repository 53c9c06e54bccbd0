import os
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request, abort

app = Flask(__name__)

with open(os.environ.get("AUTH_PUBLIC_KEY", "/etc/gateway/auth_pub.pem")) as fh:
    PUBLIC_KEY = fh.read()


def bearer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            g.claims = jwt.decode(
                header[7:],
                PUBLIC_KEY,
                algorithms=["RS256"],
                audience="orders-api",
                issuer="https://auth.example.com/",
            )
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/orders")
@bearer_required
def orders():
    return jsonify({"user": g.claims["sub"], "orders": []})
