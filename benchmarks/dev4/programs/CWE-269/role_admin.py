from functools import wraps

from flask import Flask, g, jsonify, request, abort

app = Flask(__name__)

ROLE_RANK = {"viewer": 0, "editor": 1, "admin": 2, "owner": 3}
USERS = {"u1": {"role": "owner"}, "u2": {"role": "admin"}, "u3": {"role": "viewer"}}


def current_user():
    uid = request.headers.get("X-Authenticated-User")  # set by the auth proxy
    return uid if uid in USERS else None


def require_role(minimum):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **kw):
            g.uid = current_user()
            if g.uid is None or ROLE_RANK[USERS[g.uid]["role"]] < ROLE_RANK[minimum]:
                abort(403)
            return fn(*a, **kw)
        return wrapper
    return deco


@app.route("/users/<uid>/role", methods=["PUT"])
@require_role("admin")
def set_role(uid):
    new_role = request.get_json(force=True).get("role")
    if new_role not in ROLE_RANK or uid not in USERS or uid == g.uid:
        abort(400)
    actor_rank = ROLE_RANK[USERS[g.uid]["role"]]
    if ROLE_RANK[new_role] >= actor_rank or ROLE_RANK[USERS[uid]["role"]] >= actor_rank:
        abort(403)
    USERS[uid]["role"] = new_role
    return jsonify({"uid": uid, "role": new_role})
