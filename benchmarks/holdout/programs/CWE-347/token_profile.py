import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return jsonify(user=claims["sub"], admin=claims.get("admin", False))
