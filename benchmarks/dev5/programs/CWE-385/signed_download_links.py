"""Time-limited signed download URLs for a Bottle file server."""
import hashlib
import hmac
import os
import time

from bottle import Bottle, abort, request, static_file

app = Bottle()
LINK_KEY = os.environ["LINK_SIGNING_KEY"].encode()
FILES_ROOT = "/srv/downloads"


def sign(name: str, expires: int) -> str:
    msg = f"{name}:{expires}".encode()
    return hmac.new(LINK_KEY, msg, hashlib.sha256).hexdigest()


def make_link(name: str, ttl: int = 600) -> str:
    exp = int(time.time()) + ttl
    return f"/dl/{name}?exp={exp}&sig={sign(name, exp)}"


@app.get("/dl/<name>")
def download(name):
    try:
        exp = int(request.query.get("exp", "0"))
    except ValueError:
        abort(400)
    sig = request.query.get("sig", "")
    if exp < time.time() or not hmac.compare_digest(sign(name, exp), sig):
        abort(403)
    return static_file(name, root=FILES_ROOT, download=True)
