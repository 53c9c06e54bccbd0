import os

from flask import Flask, abort, redirect, render_template, request, session, url_for

from .accounts import activate_account, verify_email_code

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def require_step(step):
    if session.get("onboarding_step") != step:
        abort(403)


@app.route("/onboarding/verify", methods=["GET", "POST"])
def verify():
    require_step("email_sent")
    if request.method == "POST":
        if not verify_email_code(session["pending_email"], request.form["code"]):
            return render_template("verify.html", error="wrong code")
        session["onboarding_step"] = "verified"
        return redirect(url_for("activate"))
    return render_template("verify.html")


@app.route("/onboarding/activate", methods=["POST"])
def activate():
    require_step("verified")
    activate_account(session["pending_email"])
    session.pop("onboarding_step")
    return redirect("/welcome")
