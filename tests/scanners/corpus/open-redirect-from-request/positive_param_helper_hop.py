from flask import Flask, redirect, request

app = Flask(__name__)


def continue_url(req):
    value = req.args.get("continue") or req.form.get("continue")
    return value or "/"


@app.route("/done", methods=["GET", "POST"])
def done():
    goto = continue_url(request)
    return redirect(goto)
