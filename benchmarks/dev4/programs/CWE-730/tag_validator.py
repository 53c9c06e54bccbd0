import re

from flask import Flask, jsonify, request

app = Flask(__name__)

# words separated by single spaces or hyphens, e.g. "red-wine tasting notes"
TAG_PATTERN = re.compile(r"^([a-zA-Z0-9]+([ -]?[a-zA-Z0-9]+)*)+$")


def valid_tag(tag):
    return TAG_PATTERN.match(tag) is not None


@app.route("/posts/<int:post_id>/tags", methods=["POST"])
def add_tags(post_id):
    tags = request.get_json(force=True).get("tags", [])
    accepted, rejected = [], []
    for tag in tags:
        (accepted if valid_tag(tag) else rejected).append(tag)
    return jsonify(post=post_id, accepted=accepted, rejected=rejected)
