from flask import Flask, redirect, request

from .security import is_safe_redirect

app = Flask(__name__)


def continue_url(req):
    value = req.args.get("continue", "")
    if is_safe_redirect(value, req.host):
        return value
    return "/"


@app.route("/done")
def done():
    return redirect(continue_url(request))
