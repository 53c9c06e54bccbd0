from flask import Flask, abort, g, jsonify, request
from werkzeug.security import generate_password_hash

from auth import current_user_required
from models import User, db

app = Flask(__name__)
GRANTABLE = {"member", "editor"}


@app.post("/api/signup")
def signup():
    data = request.get_json()
    user = User(email=data["email"], password_hash=generate_password_hash(data["password"]),
                role="member")
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id, role=user.role), 201


@app.post("/api/users/<int:user_id>/role")
@current_user_required
def change_role(user_id):
    if g.user.role != "admin":
        abort(403)
    new_role = request.get_json().get("role")
    if new_role not in GRANTABLE:
        abort(400)
    target = User.query.get_or_404(user_id)
    target.role = new_role
    db.session.commit()
    return jsonify(id=target.id, role=target.role)
