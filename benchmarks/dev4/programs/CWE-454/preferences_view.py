from flask import Flask, g, jsonify, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["APP_SECRET"]

USER_SETTABLE = {"theme": str, "page_size": int, "email_digest": bool}
USERS = {"u1": {"role": "member", "prefs": {"theme": "light", "page_size": 25, "email_digest": True}}}


@app.before_request
def load_user():
    uid = session.get("uid")
    g.user = USERS.get(uid)
    g.role = g.user["role"] if g.user else "anonymous"


def coerce(kind, value):
    if kind is bool:
        return str(value).lower() in ("1", "true", "yes", "on")
    return kind(value)


@app.post("/preferences")
def update_preferences():
    if g.user is None:
        return jsonify({"error": "login required"}), 401
    incoming = request.get_json(silent=True) or {}
    for key, value in incoming.items():
        kind = USER_SETTABLE.get(key)
        if kind is None:
            continue
        g.user["prefs"][key] = coerce(kind, value)
    return jsonify(g.user["prefs"])


@app.get("/admin/overview")
def overview():
    if g.role != "admin":
        return jsonify({"error": "forbidden"}), 403
    return jsonify({"users": len(USERS)})
