"""Positive: a helper concatenates posted form fields into the template text that render_template_string evaluates."""
import flask

app = flask.Flask(__name__)


def card_source(title, note):
    return "<div class='card'><b>" + title + "</b><i>" + note + "</i>{{ footer }}</div>"


@app.post("/cards/preview")
def card_preview():
    data = flask.request.form
    return flask.render_template_string(card_source(data["title"], data.get("note", "")), footer="draft")
