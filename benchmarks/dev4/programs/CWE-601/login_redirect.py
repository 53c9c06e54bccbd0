from flask import Flask, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]

LOGIN_FORM = """
<form method=post>
  <input name=user><input name=password type=password>
  <input type=hidden name=next value="{{ next }}">
  <button>Sign in</button>
</form>
"""


def check_credentials(user, password):
    from .auth import verify  # project helper
    return verify(user, password)


@app.route("/login", methods=["GET", "POST"])
def login():
    target = request.values.get("next") or url_for("dashboard")
    if request.method == "GET":
        return render_template_string(LOGIN_FORM, next=target)
    if not check_credentials(request.form["user"], request.form["password"]):
        return render_template_string(LOGIN_FORM, next=target), 401
    session["user"] = request.form["user"]
    return redirect(target)


@app.route("/dashboard")
def dashboard():
    return f"hello {session.get('user', 'guest')}"
