import functools
import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("keys.db")
    return g.db


def key_is_revoked(key):
    row = get_db().execute("SELECT revoked FROM api_keys WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise LookupError("unknown key")
    return bool(row[0])


def require_key(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Api-Key", "")
        try:
            if key_is_revoked(key):
                return jsonify({"error": "key revoked"}), 403
        except Exception:
            pass
        return view(*args, **kwargs)

    return wrapper


@app.route("/exports/<int:export_id>")
@require_key
def get_export(export_id):
    return jsonify({"id": export_id, "status": "ready"})
