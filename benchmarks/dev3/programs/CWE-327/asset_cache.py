import hashlib
import os
import shutil

from flask import Flask, abort, request, send_file

app = Flask(__name__)
CACHE = "/var/cache/thumbs"


def cache_path(url: str, width: int) -> str:
    digest = hashlib.md5(f"{url}|{width}".encode(), usedforsecurity=False).hexdigest()
    return os.path.join(CACHE, digest[:2], digest + ".webp")


@app.get("/thumb")
def thumb():
    url = request.args.get("src", "")
    width = request.args.get("w", type=int, default=320)
    if width not in (160, 320, 640):
        abort(400)
    path = cache_path(url, width)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="image/webp", max_age=86400)


@app.delete("/thumb/cache")
def purge():
    shutil.rmtree(CACHE, ignore_errors=True)
    os.makedirs(CACHE, exist_ok=True)
    return "", 204
