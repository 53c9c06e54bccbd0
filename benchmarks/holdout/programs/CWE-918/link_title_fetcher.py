from urllib.parse import urlparse
import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED = {"en.wikipedia.org", "github.com", "docs.python.org"}


@app.route("/preview")
def preview():
    url = request.args["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED or parts.port not in (None, 443):
        abort(400)
    body = requests.get(url, timeout=5, allow_redirects=False).text
    start = body.find("<title>")
    end = body.find("</title>")
    return jsonify(title=body[start + 7:end] if start != -1 else "")
