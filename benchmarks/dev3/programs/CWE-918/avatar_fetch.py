import requests
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
GRAVATAR = "https://www.gravatar.com/avatar/{digest}?s={size}&d=identicon"


@app.route("/api/avatar")
def avatar():
    digest = request.args.get("hash", "")
    if len(digest) != 32 or any(c not in "0123456789abcdef" for c in digest):
        abort(400)
    size = request.args.get("size", "80")
    if not size.isdigit() or not 16 <= int(size) <= 512:
        abort(400)
    resp = requests.get(GRAVATAR.format(digest=digest, size=int(size)), timeout=5,
                        allow_redirects=False)
    return jsonify(status=resp.status_code, bytes=len(resp.content),
                   content_type=resp.headers.get("Content-Type"))
