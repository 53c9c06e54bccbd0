import re

from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")


@app.route("/subscribe", methods=["POST"])
def subscribe():
    address = request.form.get("email", "")[:254]
    if not EMAIL.fullmatch(address):
        return {"error": "invalid email"}, 400
    return {"subscribed": address}
