from flask import Flask, redirect, request

app = Flask(__name__)
KNOWN = {"/inbox", "/settings", "/billing"}


def continue_url(req):
    value = req.args.get("continue")
    return value or "/"


@app.route("/done")
def done():
    goto = continue_url(request)
    if goto in KNOWN:
        return redirect(goto)
    return redirect("/")
