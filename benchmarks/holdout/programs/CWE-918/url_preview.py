import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preview")
def preview():
    """Fetch a page and return its title for link previews."""
    url = request.args["url"]
    body = requests.get(url, timeout=5).text
    start = body.find("<title>")
    end = body.find("</title>")
    return jsonify(title=body[start + 7:end] if start != -1 else "")
