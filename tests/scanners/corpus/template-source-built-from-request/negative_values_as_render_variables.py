"""Negative: the template text is constant; the posted values are passed only as render variables and escaped."""
from flask import Flask, render_template_string, request

app = Flask(__name__)

CARD = "<div class='card'><b>{{ title }}</b><i>{{ note }}</i></div>"


@app.post("/cards/preview")
def card_preview():
    return render_template_string(CARD, title=request.form["title"], note=request.form.get("note", ""))
