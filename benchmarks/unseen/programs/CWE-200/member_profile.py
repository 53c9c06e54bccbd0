from flask import Flask, jsonify, abort

app = Flask(__name__)

USERS = {
    1: {"id": 1, "username": "dana", "email": "dana@example.com",
        "password_hash": "$2b$12$Qm8...", "api_token": "tok_4f9a...", "display": "Dana"},
}
PUBLIC_FIELDS = ("id", "username", "display")


@app.route("/api/users/<int:user_id>")
def get_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        abort(404)
    return jsonify({k: user[k] for k in PUBLIC_FIELDS})
