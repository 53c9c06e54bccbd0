from flask import Flask, request, redirect, session, render_template_string, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]

FORM = """<form method=post><input name=user><input name=pw type=password>
<input type=hidden name=next value="{{ nxt }}"><button>Sign in</button></form>"""


def authenticate(user, pw):
    from accounts import verify
    return verify(user, pw)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template_string(FORM, nxt=request.args.get("next", ""))
    if not authenticate(request.form["user"], request.form["pw"]):
        return render_template_string(FORM, nxt=request.form.get("next", "")), 401
    session["user"] = request.form["user"]
    target = request.form.get("next") or url_for("home")
    return redirect(target)


@app.route("/")
def home():
    return "welcome"
