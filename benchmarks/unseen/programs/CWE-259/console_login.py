import os

from flask import Flask, request, session, redirect, render_template_string
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
ADMIN_HASH = os.environ["ADMIN_PASSWORD_HASH"]

FORM = "<form method=post><input type=password name=pw><button>Enter</button></form>"


@app.route("/admin", methods=["GET", "POST"])
def admin():
    if request.method == "POST":
        if check_password_hash(ADMIN_HASH, request.form.get("pw", "")):
            session["admin"] = True
            return redirect("/admin/dashboard")
        return "wrong password", 403
    return render_template_string(FORM)
