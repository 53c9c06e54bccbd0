from flask import Flask, request, jsonify, session, abort

app = Flask(__name__)
USERS = {"u1": {"name": "Kim", "email": "kim@example.com", "role": "member"}}
EDITABLE = {"name", "email"}


@app.patch("/me")
def update_me():
    uid = session.get("uid")
    if uid not in USERS:
        abort(401)
    changes = request.get_json(force=True) or {}
    unknown = set(changes) - EDITABLE
    if unknown:
        abort(400, f"cannot change: {', '.join(sorted(unknown))}")
    USERS[uid].update({k: str(v) for k, v in changes.items()})
    return jsonify(USERS[uid])
