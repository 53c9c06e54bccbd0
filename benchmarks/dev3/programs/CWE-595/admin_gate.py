from functools import wraps

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ADMIN_ROLE = "administrator"


def role_of(req):
    return req.headers.get("X-User-Role", "").strip().lower()


def admin_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if role_of(request) is not ADMIN_ROLE:
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@app.route("/admin/users")
@admin_only
def list_users():
    return jsonify(users=["ann", "bob"])


@app.route("/admin/flush", methods=["POST"])
@admin_only
def flush_cache():
    return jsonify(flushed=True)
