from flask import Flask, redirect, request, session, render_template_string
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config.from_envvar("PORTAL_SETTINGS")
USERS = {}  # populated at startup from the directory service

FORM = """<form method=post><input name=user><input name=pw type=password>
<input type=hidden name=next value="{{ next }}"><button>Sign in</button></form>"""


@app.route("/login", methods=["GET", "POST"])
def login():
    target = request.values.get("next", "/dashboard")
    if request.method == "GET":
        return render_template_string(FORM, next=target)
    pw_hash = USERS.get(request.form.get("user", ""))
    if pw_hash and check_password_hash(pw_hash, request.form.get("pw", "")):
        session["user"] = request.form["user"]
        return redirect(target)
    return render_template_string(FORM, next=target), 401
