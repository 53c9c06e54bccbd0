from jinja2 import Environment, select_autoescape
from flask import Flask, request

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
PAGE = env.from_string("<ul>{% for c in comments %}<li>{{ c }}</li>{% endfor %}</ul>")
COMMENTS = []


@app.post("/comments")
def add():
    COMMENTS.append(request.form.get("text", ""))
    return "", 204


@app.get("/comments")
def show():
    return PAGE.render(comments=COMMENTS)
