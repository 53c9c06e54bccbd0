"""Negative example for template-marks-value-safe: the rule must not flag this."""

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    return render_template_string("<div class='note'>{{ text }}</div>", text=text)
