import re

from flask import Flask, jsonify, request

app = Flask(__name__)
LOG_FILE = "/var/log/app/service.log"


@app.route("/logs/search")
def search_logs():
    pattern = request.args.get("q", "")
    if not pattern:
        return jsonify(error="q is required"), 400
    try:
        regex = re.compile(pattern)
    except re.error as exc:
        return jsonify(error=f"invalid pattern: {exc}"), 400
    hits = []
    with open(LOG_FILE, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if regex.search(line):
                hits.append(line.rstrip())
                if len(hits) >= 200:
                    break
    return jsonify(matches=hits)
