from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/go")
def go():
    """Redirect the user to a page on one of our own domains."""
    target = request.args.get("url", "/")
    host = urlparse(target).netloc
    if host.endswith("example.com"):
        return redirect(target)
    return redirect("/")
