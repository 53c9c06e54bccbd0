import hashlib
import hmac
import os
import time

from bottle import Bottle, abort, request, static_file

app = Bottle()
LINK_KEY = os.environ["DOWNLOAD_LINK_KEY"].encode()
FILES_ROOT = "/srv/downloads"


def link_signature(name: str, expires: int) -> str:
    msg = f"{name}|{expires}".encode()
    return hmac.new(LINK_KEY, msg, hashlib.sha256).hexdigest()


@app.get("/dl/<name>")
def download(name):
    try:
        expires = int(request.query.get("exp", "0"))
    except ValueError:
        abort(400)
    sig = request.query.get("sig", "")
    if expires < time.time():
        abort(410, "link expired")
    if not hmac.compare_digest(link_signature(name, expires), sig):
        abort(403)
    return static_file(name, root=FILES_ROOT, download=True)
