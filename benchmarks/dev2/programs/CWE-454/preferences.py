import os
from functools import wraps

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def admin_only(view):
    @wraps(view)
    def wrapper(*a, **kw):
        if not session.get("is_admin"):
            abort(403)
        return view(*a, **kw)
    return wrapper


@app.post("/preferences")
def save_preferences():
    if "user_id" not in session:
        abort(401)
    prefs = request.get_json(silent=True) or {}
    session.update(prefs)
    return jsonify({"saved": sorted(prefs)})


@app.post("/admin/announcements")
@admin_only
def post_announcement():
    text = request.get_json()["text"]
    from .news import publish
    publish(text, author=session["user_id"])
    return jsonify({"ok": True})
