import os

from flask import Flask, request, redirect, session, render_template_string, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]

FORM = """
<form method=post>
  <input name=username> <input name=password type=password>
  <input type=hidden name=next value="{{ next }}">
  <button>Sign in</button>
</form>
"""


def check_credentials(username, password):
    from .auth import verify  # project helper

    return verify(username, password)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template_string(FORM, next=request.args.get("next", ""))
    if not check_credentials(request.form["username"], request.form["password"]):
        return render_template_string(FORM, next=request.form.get("next", "")), 401
    session["user"] = request.form["username"]
    target = request.form.get("next") or url_for("dashboard")
    return redirect(target)


@app.route("/dashboard")
def dashboard():
    return f"hello {session.get('user', 'guest')}"
