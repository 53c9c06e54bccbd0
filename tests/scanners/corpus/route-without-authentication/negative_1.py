"""Negative example for route-without-authentication: the rule must not flag this."""
from flask import Flask
from flask_login import login_required
app = Flask(__name__)
@app.route("/settings/delete", methods=["POST"])
@login_required
def delete_settings():
    return "deleted"
