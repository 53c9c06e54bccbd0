import functools
import logging
import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)
log = logging.getLogger(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("tokens.db")
    return g.db


def token_status(token: str) -> str | None:
    row = get_db().execute("SELECT status FROM tokens WHERE token = ?", (token,)).fetchone()
    return row[0] if row else None


def require_active_token(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("X-Token", "")
        try:
            status = token_status(token)
        except sqlite3.Error:
            log.exception("token lookup failed")
            return jsonify({"error": "temporarily unavailable"}), 503
        if status != "active":
            return jsonify({"error": "invalid token"}), 403
        return view(*args, **kwargs)

    return wrapper


@app.route("/downloads/<int:item_id>")
@require_active_token
def download(item_id):
    return jsonify({"id": item_id, "url": f"/files/{item_id}"})
