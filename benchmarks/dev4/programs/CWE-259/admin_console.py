import hmac

from flask import Flask, request, session, redirect, jsonify
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]

ADMIN_USER = "admin"
ADMIN_PASS = "letmein-2023"


def check_admin(user, password):
    return user == ADMIN_USER and hmac.compare_digest(password, ADMIN_PASS)


@app.route("/admin/login", methods=["POST"])
def admin_login():
    if check_admin(request.form.get("user", ""), request.form.get("password", "")):
        session["admin"] = True
        return redirect("/admin")
    return jsonify({"error": "denied"}), 403


@app.route("/admin")
def admin_home():
    if not session.get("admin"):
        return redirect("/admin/login")
    return jsonify({"users": 42, "orders": 1337})
