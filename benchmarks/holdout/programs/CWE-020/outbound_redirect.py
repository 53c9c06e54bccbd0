from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED_HOSTS = {"example.com", "www.example.com"}


@app.route("/go")
def go():
    """Redirect the user to a page on one of our own domains."""
    target = request.args.get("url", "/")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS:
        return redirect(target)
    return redirect("/")
