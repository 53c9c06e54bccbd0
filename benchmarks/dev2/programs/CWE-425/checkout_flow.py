import os
from flask import Flask, redirect, render_template, request, session, url_for

from .payments import charge_card
from .orders import create_order, cart_total

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/checkout/shipping", methods=["GET", "POST"])
def shipping():
    if request.method == "POST":
        session["shipping"] = request.form.to_dict()
        return redirect(url_for("payment"))
    return render_template("shipping.html")


@app.route("/checkout/payment", methods=["GET", "POST"])
def payment():
    if request.method == "POST":
        charge_card(request.form["card_token"], cart_total(session["cart"]))
        return redirect(url_for("confirm"))
    return render_template("payment.html")


@app.route("/checkout/confirm")
def confirm():
    order = create_order(session.get("cart", []), session.get("shipping", {}))
    session.pop("cart", None)
    return render_template("confirm.html", order=order)
