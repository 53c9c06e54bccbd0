"""Positive example for authorization-from-client-data: the rule must flag this."""
from flask import Flask, request
app = Flask(__name__)

@app.route("/admin")
def admin():
    if request.cookies.get("role") == "admin":
        return "welcome"
    return "no", 403
