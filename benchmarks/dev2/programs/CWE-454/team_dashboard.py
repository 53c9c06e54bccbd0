import os

from flask import Flask, abort, g, jsonify, session

from .db import User

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.before_request
def load_user():
    g.user = None
    uid = session.get("user_id")
    if uid is not None:
        g.user = User.query.get(uid)


@app.get("/team/metrics")
def team_metrics():
    if g.user is None:
        abort(401)
    from .metrics import for_team, for_all_teams
    if g.user.role == "manager":
        return jsonify(for_all_teams())
    return jsonify(for_team(g.user.team_id))
