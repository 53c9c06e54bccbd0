"""Positive example for template-marks-value-safe: the rule must flag this."""

from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    return render_template_string("<div class='note'>{{ text|safe }}</div>", text=text)
