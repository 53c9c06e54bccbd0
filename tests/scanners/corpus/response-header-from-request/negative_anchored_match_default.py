import re

from flask import Flask, make_response, request

app = Flask(__name__)
LOCALE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")


@app.route("/hello")
def hello():
    lang = request.args.get("lang", "en")
    if not LOCALE.match(lang):
        lang = "en"
    resp = make_response("hi")
    resp.headers["Content-Language"] = lang
    return resp
