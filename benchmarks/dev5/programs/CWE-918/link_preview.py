import re

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
TITLE_RE = re.compile(r"<title[^>]*>([^<]{0,300})</title>", re.IGNORECASE)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify(error="url must be http(s)"), 400
    resp = requests.get(url, timeout=5, allow_redirects=True)
    match = TITLE_RE.search(resp.text[:100_000])
    return jsonify(
        url=resp.url,
        status=resp.status_code,
        title=match.group(1).strip() if match else None,
    )
