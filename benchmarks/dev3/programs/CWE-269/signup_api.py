from flask import Flask, jsonify, request
from flask_login import current_user, login_required
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.post("/api/signup")
def signup():
    data = request.get_json()
    user = User(
        email=data["email"],
        password_hash=generate_password_hash(data["password"]),
        role=data.get("role", "member"),
    )
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id, role=user.role), 201


@app.delete("/api/projects/<int:project_id>")
@login_required
def delete_project(project_id):
    if current_user.role != "admin":
        return jsonify(error="forbidden"), 403
    return jsonify(deleted=project_id)
