"""Positive example for reflected-xss-from-request: Markup() declares request text safe."""

from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/tag")
def tag():
    label = Markup("<em>%s</em>" % request.args.get("label", ""))
    return render_template_string("<p>{{ label }}</p>", label=label)
