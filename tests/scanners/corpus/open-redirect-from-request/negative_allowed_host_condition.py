from flask import Flask, redirect, request
from django.utils.http import url_has_allowed_host_and_scheme

app = Flask(__name__)
TRUSTED = {"shop.example.org"}


@app.route("/after-payment")
def after_payment():
    target = request.args.get("continue", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts=TRUSTED, require_https=True):
        return redirect(target)
    return redirect("/orders")
