import os
import re

from flask import Flask, request, abort

app = Flask(__name__)
SITE_DIR = "/var/www/userpages"
NAME_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")


@app.route("/pages", methods=["POST"])
def create_page():
    slug = request.form["name"].lower()
    if not NAME_RE.fullmatch(slug):
        abort(400)
    path = os.path.join(SITE_DIR, slug + ".html")
    with open(path, "x") as fh:
        fh.write(request.form["content"])
    return {"url": f"/u/{slug}.html"}
