from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = "dev"


@app.post("/login")
def login():
    if check(request.form["user"], request.form["password"]):
        session["user"] = request.form["user"]
        return redirect(request.args.get("next", "/"))
    return "bad credentials", 401


def check(user, password):
    return False
