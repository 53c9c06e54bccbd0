from flask import Flask, request, jsonify, session, abort

app = Flask(__name__)
USERS = {"u1": {"name": "Kim", "email": "kim@example.com", "role": "member"}}


@app.patch("/me")
def update_me():
    uid = session.get("uid")
    if uid not in USERS:
        abort(401)
    changes = request.get_json(force=True) or {}
    USERS[uid].update(changes)
    return jsonify(USERS[uid])
