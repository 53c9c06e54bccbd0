from jinja2 import Environment, DictLoader
from flask import Flask, request, redirect

app = Flask(__name__)
comments: list[dict[str, str]] = []

env = Environment(
    loader=DictLoader({
        "comments.html": "<ul>{% for c in comments %}<li><b>{{ c.author }}</b>: {{ c.text }}</li>{% endfor %}</ul>"
    }),
    autoescape=False,
)


@app.route("/comments", methods=["GET", "POST"])
def comment_board():
    if request.method == "POST":
        comments.append({"author": request.form["author"], "text": request.form["text"]})
        return redirect("/comments")
    return env.get_template("comments.html").render(comments=comments)
