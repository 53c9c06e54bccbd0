"""Positive: a Flask helper wraps a user's comment in HTML with an f-string and declares it safe with Markup."""
from flask import Flask, render_template
from markupsafe import Markup

app = Flask(__name__)
COMMENTS = {}


def render_comment(author, body):
    return Markup(f"<blockquote><cite>{author}</cite>{body}</blockquote>")


@app.get("/comments/<int:cid>")
def comment(cid):
    author, body = COMMENTS[cid]
    return render_template("comment.html", comment_html=render_comment(author, body))
