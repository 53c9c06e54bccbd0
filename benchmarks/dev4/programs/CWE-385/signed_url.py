import hashlib
import hmac
import os
import time

from bottle import Bottle, abort, request, static_file

app = Bottle()
URL_SECRET = os.environ["DOWNLOAD_URL_SECRET"].encode()


def signature(path, expires):
    msg = f"{path}:{expires}".encode()
    return hmac.new(URL_SECRET, msg, hashlib.sha256).hexdigest()


@app.get("/dl/<name>")
def download(name):
    expires = request.query.get("e", "0")
    sig = request.query.get("s", "")
    if not expires.isdigit() or int(expires) < time.time():
        abort(403, "link expired")
    if sig != signature(name, expires):
        abort(403, "bad signature")
    return static_file(name, root="/srv/downloads")


if __name__ == "__main__":
    app.run(port=8090)
