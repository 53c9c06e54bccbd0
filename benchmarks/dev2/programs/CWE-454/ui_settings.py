import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]

PREFERENCE_KEYS = {"theme": {"light", "dark"}, "language": {"en", "de", "fr", "es"}}


@app.post("/preferences")
def save_preferences():
    if "user_id" not in session:
        abort(401)
    body = request.get_json(silent=True) or {}
    prefs = dict(session.get("prefs", {}))
    for key, allowed in PREFERENCE_KEYS.items():
        value = body.get(key)
        if value is not None:
            if value not in allowed:
                abort(400)
            prefs[key] = value
    session["prefs"] = prefs
    return jsonify(prefs)
