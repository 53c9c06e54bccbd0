from functools import wraps

from flask import Flask, jsonify, session, abort

app = Flask(__name__)
ACCOUNTS = {"1": {"name": "ops", "admin": True, "active": True},
            "2": {"name": "sam", "admin": False, "active": True}}


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "uid" not in session:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.post("/admin/users/<uid>/disable")
@login_required
def disable_user(uid):
    if uid not in ACCOUNTS:
        abort(404)
    ACCOUNTS[uid]["active"] = False
    return jsonify(ACCOUNTS[uid])
