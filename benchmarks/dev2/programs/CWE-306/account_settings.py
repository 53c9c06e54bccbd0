from flask import Flask, jsonify, request
from flask_login import LoginManager, login_required, current_user
from werkzeug.security import generate_password_hash

from .models import db, User

app = Flask(__name__)
login_manager = LoginManager(app)


@login_manager.user_loader
def load_user(user_id):
    return User.query.get(int(user_id))


@app.route("/account/profile", methods=["GET"])
@login_required
def profile():
    return jsonify({"email": current_user.email, "name": current_user.name})


@app.route("/account/profile", methods=["PATCH"])
@login_required
def update_profile():
    data = request.get_json() or {}
    current_user.name = data.get("name", current_user.name)
    db.session.commit()
    return jsonify({"ok": True})


@app.route("/account/reset-password", methods=["POST"])
def reset_password():
    data = request.get_json() or {}
    user = User.query.filter_by(email=data.get("email")).first_or_404()
    user.password_hash = generate_password_hash(data["new_password"])
    db.session.commit()
    return jsonify({"ok": True})
