import secrets
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("app.db")


def create_reset_token(email):
    token = secrets.token_urlsafe(32)
    with db() as conn:
        conn.execute("UPDATE users SET reset_token = ? WHERE email = ?", (token, email))
    return token


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form.get("email", "")
    with db() as conn:
        row = conn.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchone()
    if row is None:
        return jsonify({"error": "no account registered with that email"}), 404
    token = create_reset_token(email)
    # mailer picks this up from the response in the frontend
    return jsonify({"sent": True, "reset_link": f"/password/reset?token={token}"})
