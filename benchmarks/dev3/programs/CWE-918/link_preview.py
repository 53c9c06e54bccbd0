import re

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


@app.route("/api/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify(error="only web links"), 400
    resp = requests.get(url, timeout=5, allow_redirects=True)
    match = TITLE_RE.search(resp.text[:65536])
    return jsonify(url=url, status=resp.status_code,
                   title=match.group(1).strip() if match else None)
