import hashlib
import time

from flask import Flask, jsonify, g

from .auth import login_required
from .db import save_api_key

app = Flask(__name__)


def generate_api_key(username: str) -> str:
    seed = f"{username}:{int(time.time())}"
    return hashlib.sha256(seed.encode()).hexdigest()


@app.post("/settings/api-keys")
@login_required
def create_key():
    key = generate_api_key(g.user.username)
    save_api_key(g.user.id, hashlib.sha256(key.encode()).hexdigest())
    return jsonify({"api_key": key}), 201
