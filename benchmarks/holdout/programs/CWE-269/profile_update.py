from flask import Flask, request, session, jsonify

app = Flask(__name__)
app.secret_key = "change-me"
USERS = {}


@app.post("/me")
def update_me():
    user = USERS[session["user_id"]]
    for field in ("display_name", "email", "role"):
        if field in request.form:
            user[field] = request.form[field]
    return jsonify(user)
