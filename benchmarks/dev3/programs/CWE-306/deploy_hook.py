import hashlib
import hmac
import os
import subprocess

import tornado.ioloop
import tornado.web

SECRET = os.environ["DEPLOY_HOOK_SECRET"].encode()
REPO_DIR = "/srv/app"


class DeployHandler(tornado.web.RequestHandler):
    def post(self):
        sent = self.request.headers.get("X-Hub-Signature-256", "")
        digest = "sha256=" + hmac.new(SECRET, self.request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(sent, digest):
            self.set_status(401)
            self.finish({"error": "invalid signature"})
            return
        subprocess.run(["git", "-C", REPO_DIR, "pull", "--ff-only"], check=True)
        subprocess.run(["systemctl", "reload", "app.service"], check=True)
        self.write({"deployed": True})


def make_app():
    return tornado.web.Application([(r"/hooks/deploy", DeployHandler)])


if __name__ == "__main__":
    make_app().listen(8088)
    tornado.ioloop.IOLoop.current().start()
