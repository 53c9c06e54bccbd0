from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = "replace"


def check(username, password):
    return username == "demo" and password == "demo"


@app.route("/login", methods=["POST"])
def login():
    if not check(request.form["username"], request.form["password"]):
        return "invalid", 401
    session["user"] = request.form["username"]
    target = request.args.get("next") or "/"
    return redirect(target)
