import os

from flask import Flask, g, jsonify, request

from .auth import user_from_token

app = Flask(__name__)


@app.before_request
def load_context():
    g.user = user_from_token(request.headers.get("Authorization", ""))
    g.is_admin = request.headers.get("X-Is-Admin", "false").lower() == "true"


@app.get("/flags")
def list_flags():
    return jsonify({k: v for k, v in os.environ.items() if k.startswith("FLAG_")})


@app.post("/flags/<name>")
def set_flag(name):
    if g.user is None:
        return jsonify({"error": "login required"}), 401
    if not g.is_admin:
        return jsonify({"error": "admins only"}), 403
    os.environ[f"FLAG_{name.upper()}"] = "1" if request.json.get("enabled") else "0"
    return jsonify({"flag": name, "enabled": bool(request.json.get("enabled"))})
