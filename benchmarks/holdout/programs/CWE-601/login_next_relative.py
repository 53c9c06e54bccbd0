from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = "dev"


def local_only(url):
    parts = urlparse(url)
    if parts.scheme or parts.netloc or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    return url


@app.post("/login")
def login():
    if check(request.form["user"], request.form["password"]):
        session["user"] = request.form["user"]
        return redirect(local_only(request.args.get("next", "/")))
    return "bad credentials", 401


def check(user, password):
    return False
