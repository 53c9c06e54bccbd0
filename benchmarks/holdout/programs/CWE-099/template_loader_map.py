from flask import Flask, request, abort

app = Flask(__name__)
TEMPLATES = {"index": "templates/index.html", "about": "templates/about.html", "help": "templates/help.html"}


@app.route("/page")
def page():
    key = request.args.get("tpl", "index")
    path = TEMPLATES.get(key)
    if path is None:
        abort(404)
    with open(path) as fh:
        return fh.read()
