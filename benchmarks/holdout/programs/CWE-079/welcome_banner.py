from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    """Greet the visitor by the name they supplied."""
    name = request.args.get("name", "guest")
    return f"<html><body><h1>Hello {escape(name)}!</h1></body></html>"
