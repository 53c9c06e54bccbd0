from flask import Flask, request, session, jsonify, abort

app = Flask(__name__)
app.secret_key = "change-me"
USERS = {}
ROLES = {"user", "editor", "admin"}


@app.post("/me")
def update_me():
    user = USERS[session["user_id"]]
    for field in ("display_name", "email"):
        if field in request.form:
            user[field] = request.form[field]
    return jsonify(user)


@app.post("/users/<int:uid>/role")
def set_role(uid):
    if USERS[session["user_id"]].get("role") != "admin":
        abort(403)
    role = request.form["role"]
    if role not in ROLES:
        abort(400)
    USERS[uid]["role"] = role
    return jsonify(USERS[uid])
