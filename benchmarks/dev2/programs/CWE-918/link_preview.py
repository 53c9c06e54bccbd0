import re

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)
TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify({"error": "only web links can be previewed"}), 400
    resp = requests.get(url, timeout=5, allow_redirects=True)
    match = TITLE.search(resp.text[:100_000])
    return jsonify({
        "url": resp.url,
        "status": resp.status_code,
        "title": match.group(1).strip() if match else None,
    })


if __name__ == "__main__":
    app.run()
