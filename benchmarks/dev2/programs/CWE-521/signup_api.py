import sqlite3

import bcrypt
from flask import Flask, request, jsonify

app = Flask(__name__)
DB_PATH = "accounts.db"


def validate_signup(form):
    errors = []
    username = form.get("username", "").strip()
    password = form.get("password", "")
    if not username:
        errors.append("username is required")
    if len(password) < 4:
        errors.append("password must be at least 4 characters")
    return username, password, errors


@app.route("/signup", methods=["POST"])
def signup():
    username, password, errors = validate_signup(request.form)
    if errors:
        return jsonify({"errors": errors}), 400
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    with sqlite3.connect(DB_PATH) as conn:
        try:
            conn.execute(
                "INSERT INTO users (username, pw_hash) VALUES (?, ?)",
                (username, hashed),
            )
        except sqlite3.IntegrityError:
            return jsonify({"errors": ["username taken"]}), 409
    return jsonify({"created": username}), 201


if __name__ == "__main__":
    app.run()
