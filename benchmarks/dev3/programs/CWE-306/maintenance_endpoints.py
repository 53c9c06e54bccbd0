import os
import shutil

from flask import Flask, jsonify, request
from flask_login import LoginManager, login_required

from .db import engine, metadata

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
login_manager = LoginManager(app)

CACHE_DIR = "/var/cache/shopfront"


@app.route("/orders")
@login_required
def orders():
    with engine.connect() as conn:
        rows = conn.execute(metadata.tables["orders"].select().limit(50)).fetchall()
    return jsonify([dict(r._mapping) for r in rows])


@app.route("/internal/maintenance/reset", methods=["POST"])
def reset_store():
    keep_users = request.args.get("keep_users", "1") == "1"
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            if keep_users and table.name == "users":
                continue
            conn.execute(table.delete())
    shutil.rmtree(CACHE_DIR, ignore_errors=True)
    os.makedirs(CACHE_DIR, exist_ok=True)
    return jsonify(status="reset", kept_users=keep_users)
