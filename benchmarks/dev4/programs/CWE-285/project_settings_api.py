from flask import Flask, request, jsonify, g, abort
import sqlite3

app = Flask(__name__)
DB_PATH = "projects.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


def current_user():
    token = request.headers.get("X-Session-Token", "")
    row = get_db().execute(
        "SELECT id, username FROM sessions JOIN users ON users.id = sessions.user_id "
        "WHERE sessions.token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(401)
    return row


@app.route("/projects/<int:project_id>/settings", methods=["GET"])
def read_settings(project_id):
    user = current_user()
    row = get_db().execute(
        "SELECT name, visibility, webhook_url FROM projects WHERE id = ? AND owner_id = ?",
        (project_id, user["id"]),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.route("/projects/<int:project_id>/settings", methods=["PUT"])
def update_settings(project_id):
    current_user()
    payload = request.get_json(force=True) or {}
    fields = {k: payload[k] for k in ("name", "visibility", "webhook_url") if k in payload}
    if not fields:
        return jsonify({"error": "nothing to update"}), 400
    assignments = ", ".join(f"{col} = ?" for col in fields)
    db = get_db()
    db.execute(
        f"UPDATE projects SET {assignments} WHERE id = ?",
        (*fields.values(), project_id),
    )
    db.commit()
    return jsonify({"updated": list(fields)})


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
