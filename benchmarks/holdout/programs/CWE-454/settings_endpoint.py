from flask import Flask, session, g

app = Flask(__name__)
app.secret_key = "k"
USERS = {}


@app.before_request
def init_context():
    g.is_admin = False
    user = USERS.get(session.get("user_id"))
    if user is not None:
        g.is_admin = bool(user.get("is_admin"))


@app.route("/config")
def config():
    if g.is_admin:
        return {"db": "postgres://...", "features": ["all"]}
    return {"features": ["basic"]}
