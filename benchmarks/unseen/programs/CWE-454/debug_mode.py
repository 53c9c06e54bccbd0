import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.before_request
def load_flags():
    request.environ["is_admin"] = request.cookies.get("is_admin") == "true"


@app.route("/config")
def show_config():
    if request.environ.get("is_admin"):
        return jsonify({k: v for k, v in os.environ.items()})
    return jsonify({"error": "forbidden"}), 403
