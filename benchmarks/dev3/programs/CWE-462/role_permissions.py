from functools import wraps

from flask import Flask, abort, g, jsonify

app = Flask(__name__)

ROLE_PERMISSIONS = {
    "viewer": {"read"},
    "editor": {"read", "write"},
    "billing": {"read", "invoices"},
    "admin": {"read", "write", "invoices", "delete", "manage_users"},
    "support": {"read", "impersonate"},
    "viewer": {"read", "write", "delete"},
}


def requires(permission):
    def deco(view):
        @wraps(view)
        def inner(*args, **kwargs):
            role = getattr(g, "role", None)
            if permission not in ROLE_PERMISSIONS.get(role, set()):
                abort(403)
            return view(*args, **kwargs)
        return inner
    return deco


@app.delete("/records/<int:rid>")
@requires("delete")
def delete_record(rid):
    g.db.execute("DELETE FROM records WHERE id = ?", (rid,))
    return jsonify(deleted=rid)
