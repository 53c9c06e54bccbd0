"""Positive example for template-marks-value-safe: only one of two |safe values is sanitised."""

import bleach
from flask import Flask, render_template_string, request

app = Flask(__name__)
TPL = "<h3>{{ title|safe }}</h3><div>{{ body|safe }}</div>"


@app.post("/draft")
def draft():
    body = bleach.clean(request.form["body"])
    return render_template_string(TPL, title=request.form["title"], body=body)
