import re

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def fetch_preview(url):
    resp = requests.get(url, timeout=5, headers={"User-Agent": "chat-preview/1.0"})
    match = TITLE_RE.search(resp.text[:100_000])
    return {
        "url": url,
        "status": resp.status_code,
        "title": match.group(1).strip() if match else None,
        "content_type": resp.headers.get("Content-Type"),
    }


@app.route("/api/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify(error="only http(s) links"), 400
    return jsonify(fetch_preview(url))
