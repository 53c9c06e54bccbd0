import os

from flask import Flask, request, abort

app = Flask(__name__)
SITE_DIR = "/var/www/userpages"


@app.route("/pages", methods=["POST"])
def create_page():
    name = request.form["name"]
    if "/" in name or "\\" in name or name in (".", ".."):
        abort(400)
    path = os.path.join(SITE_DIR, name)
    with open(path, "w") as fh:
        fh.write(request.form["content"])
    return {"url": f"/u/{name}"}
