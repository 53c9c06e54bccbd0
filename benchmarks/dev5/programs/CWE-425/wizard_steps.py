from flask import Flask, redirect, render_template, request, session, url_for

from .billing import create_subscription
from .auth import login_required

app = Flask(__name__)


@app.route("/signup/plan", methods=["GET", "POST"])
@login_required
def choose_plan():
    if request.method == "POST":
        session["plan"] = request.form["plan"]
        return redirect(url_for("payment"))
    return render_template("plan.html")


@app.route("/signup/payment", methods=["GET", "POST"])
@login_required
def payment():
    if request.method == "POST":
        session["paid"] = True
        return redirect(url_for("admin_tools"))
    return render_template("payment.html", plan=session.get("plan"))


# Only linked from the menu after payment; the menu is hidden for free users.
@app.route("/pro/admin-tools")
def admin_tools():
    return render_template("pro_tools.html", plan=session.get("plan", "free"))


@app.post("/pro/export-all")
def export_all():
    from .exports import export_everything
    return export_everything(session.get("user_id"))
