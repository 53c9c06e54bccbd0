"""Negative example for open-redirect-from-request: only a local path ("/x", never "//host") is followed."""
import re

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if re.match(r"^/[^/\\]", target):
        return redirect(target)
    return redirect("/")
