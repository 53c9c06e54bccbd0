import functools
import subprocess

from flask import Flask, jsonify, request
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["FLASK_SECRET"]
login_manager = LoginManager(app)


@login_manager.user_loader
def load_user(user_id):
    from models import User
    return User.query.get(int(user_id))


def operators_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not getattr(current_user, "is_operator", False):
            return jsonify({"error": "operator role required"}), 403
        return view(*args, **kwargs)
    return wrapper


@app.route("/backups", methods=["GET"])
@login_required
def list_backups():
    out = subprocess.run(["restic", "snapshots", "--json"], capture_output=True, text=True, check=True)
    return app.response_class(out.stdout, mimetype="application/json")


@app.route("/backups/run", methods=["POST"])
@login_required
@operators_only
def run_backup():
    tag = request.form.get("tag", "manual")
    if not tag.isalnum():
        return jsonify({"error": "tag must be alphanumeric"}), 400
    proc = subprocess.run(["restic", "backup", "/srv/data", "--tag", tag],
                          capture_output=True, text=True)
    return jsonify({"returncode": proc.returncode})
