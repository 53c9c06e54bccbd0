import os
import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.route("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], audience="api", options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        abort(401)
    return jsonify(user=claims["sub"], admin=claims.get("admin", False))
