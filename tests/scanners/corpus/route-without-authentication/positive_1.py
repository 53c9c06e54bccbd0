"""Positive example for route-without-authentication: the rule must flag this."""
from flask import Flask
app = Flask(__name__)
@app.route("/settings/delete", methods=["POST"])
def delete_settings():
    return "deleted"
