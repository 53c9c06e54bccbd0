from flask import Flask, request

app = Flask(__name__)


@app.route("/page")
def page():
    """Render one of the static page templates chosen by the client."""
    resource = request.args.get("tpl", "index.html")
    with open(resource) as fh:
        return fh.read()
