from flask import Flask, abort, request, session

app = Flask(__name__)

#: the step each phase may move to; the table itself names every state a step waits for
ALLOWED = {None: "details", "details": "verified", "verified": "submitted"}


def move(to):
    if ALLOWED.get(session.get("phase")) != to:
        abort(409)
    session["phase"] = to


@app.post("/apply/details")
def details():
    move("details")
    session["name"] = request.form["name"]
    return {"ok": True}


@app.post("/apply/verify")
def verify():
    if session.get("phase") == "details" and request.form.get("code") == session.get("code"):
        session["phase"] = "verified"
    return {"ok": True}


@app.get("/apply/summary")
def summary():
    return {"name": session.get("name")}
