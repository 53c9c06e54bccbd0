import hmac
import hashlib
import os
import subprocess

from bottle import Bottle, request, abort

app = Bottle()
HOOK_SECRET = os.environ["DEPLOY_HOOK_SECRET"].encode()
REPO_DIR = "/srv/site"


def signature_ok(body: bytes, header: str) -> bool:
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(HOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.split("=", 1)[1])


@app.post("/hooks/deploy")
def deploy():
    body = request.body.read()
    if not signature_ok(body, request.headers.get("X-Hub-Signature-256", "")):
        abort(401, "invalid signature")
    subprocess.run(["git", "-C", REPO_DIR, "pull", "--ff-only"], check=True)
    subprocess.run(["systemctl", "reload", "site.service"], check=True)
    return {"deployed": True}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=9000)
