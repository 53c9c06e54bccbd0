import re

from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.)+[a-zA-Z]{2,}$")


@app.route("/subscribe", methods=["POST"])
def subscribe():
    address = request.form.get("email", "")
    if not EMAIL.match(address):
        return {"error": "invalid email"}, 400
    return {"subscribed": address}
