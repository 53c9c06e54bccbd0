"""Negative example for template-marks-value-safe: the value is bleach.clean'ed before the call."""

import bleach
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/sig")
def signature():
    sig = bleach.clean(request.args.get("sig", ""), tags=["em"], strip=True)
    return render_template_string("<footer>{{ sig|safe }}</footer>", sig=sig)
