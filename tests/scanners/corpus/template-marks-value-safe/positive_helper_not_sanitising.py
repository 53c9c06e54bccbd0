"""Positive example for template-marks-value-safe: the helper only trims the text, then |safe."""

from flask import Flask, render_template_string, request

app = Flask(__name__)


def tidy(text):
    return text.strip()[:500]


@app.route("/sig")
def signature():
    sig = tidy(request.args.get("sig", ""))
    return render_template_string("<footer>{{ sig|safe }}</footer>", sig=sig)
