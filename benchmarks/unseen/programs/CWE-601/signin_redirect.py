from urllib.parse import urlparse

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = "replace"


def is_local(target):
    parsed = urlparse(target)
    return not parsed.scheme and not parsed.netloc and target.startswith("/") and not target.startswith("//")


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("password") != "demo":
        return "invalid", 401
    session["user"] = request.form["username"]
    target = request.args.get("next", "")
    if not is_local(target.replace("\\", "/")):
        target = url_for("index")
    return redirect(target)


@app.route("/")
def index():
    return "home"
