import os

from flask import Flask, abort, g, jsonify, request, session

from .db import get_db

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.before_request
def load_user():
    uid = session.get("user_id")
    g.user = None
    if uid is not None:
        g.user = get_db().execute("SELECT id, email FROM users WHERE id = ?", (uid,)).fetchone()


@app.route("/projects/<int:project_id>/members", methods=["POST"])
def add_member(project_id):
    if g.user is None:
        abort(401)
    db = get_db()
    project = db.execute("SELECT id, owner_id FROM projects WHERE id = ?", (project_id,)).fetchone()
    if project is None:
        abort(404)
    email = request.json.get("email", "").strip().lower()
    member = db.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchone()
    if member is None:
        return jsonify(error="unknown user"), 400
    role = request.json.get("role", "editor")
    db.execute(
        "INSERT INTO project_members (project_id, user_id, role) VALUES (?, ?, ?)",
        (project_id, member["id"], role),
    )
    db.commit()
    return jsonify(project=project_id, user=member["id"], role=role), 201
