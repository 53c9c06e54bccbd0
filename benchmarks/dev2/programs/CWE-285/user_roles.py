from functools import wraps

from flask import Flask, abort, g, jsonify, request

from .auth import load_user_from_session
from .db import db, User

app = Flask(__name__)


@app.before_request
def attach_user():
    g.user = load_user_from_session()


def require_role(*roles):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if g.user is None:
                abort(401)
            if g.user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return decorator


@app.route("/admin/users/<int:user_id>/role", methods=["PUT"])
@require_role("admin")
def change_role(user_id):
    new_role = request.get_json(force=True).get("role")
    if new_role not in {"viewer", "editor", "admin"}:
        abort(400)
    user = User.query.get_or_404(user_id)
    user.role = new_role
    db.session.commit()
    return jsonify({"id": user.id, "role": user.role})


@app.route("/users/me")
@require_role("viewer", "editor", "admin")
def me():
    return jsonify({"id": g.user.id, "role": g.user.role})
