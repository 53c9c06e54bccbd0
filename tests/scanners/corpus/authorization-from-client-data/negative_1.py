"""Negative example for authorization-from-client-data: the rule must not flag this."""
from flask import Flask, request
app = Flask(__name__)

from flask import session
@app.route("/admin")
def admin():
    if session.get("role") == "admin":
        return "welcome"
    return "no", 403
