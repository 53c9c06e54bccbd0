import bleach
from flask import Flask, request, jsonify

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "ul", "ol", "li", "code", "pre", "a"]
ALLOWED_ATTRS = {"a": ["href", "title"]}
POSTS = {}


def clean_post(raw):
    return bleach.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                        protocols=["http", "https", "mailto"], strip=True)


@app.route("/posts/<int:post_id>", methods=["PUT"])
def save_post(post_id):
    POSTS[post_id] = clean_post(request.get_data(as_text=True))
    return jsonify(id=post_id), 201


@app.route("/posts/<int:post_id>")
def show_post(post_id):
    body = POSTS.get(post_id)
    if body is None:
        return "not found", 404
    return f"<article>{body}</article>", 200, {"Content-Type": "text/html; charset=utf-8"}
