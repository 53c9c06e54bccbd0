import os

import jwt
from flask import Flask, request, session, redirect, abort

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
IDP_AUDIENCE = "portal.example.com"


def read_identity(id_token: str) -> dict:
    claims = jwt.decode(
        id_token,
        options={"verify_signature": False, "verify_aud": False},
    )
    if claims.get("aud") != IDP_AUDIENCE:
        raise ValueError("token not meant for us")
    return claims


@app.route("/sso/callback", methods=["POST"])
def sso_callback():
    token = request.form.get("id_token")
    if not token:
        abort(400)
    try:
        claims = read_identity(token)
    except (jwt.PyJWTError, ValueError):
        abort(401)
    session["user"] = claims["email"]
    session["roles"] = claims.get("roles", [])
    return redirect("/")
