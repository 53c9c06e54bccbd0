import hashlib
import hmac
import time

from tornado import web, ioloop

SIGNING_KEY = "7f3c1e9a4b2d8f60c5a1e3b7d9f2a4c6"


def sign(value):
    mac = hmac.new(SIGNING_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()
    return f"{value}|{mac}"


def unsign(blob):
    value, _, mac = blob.rpartition("|")
    expected = hmac.new(SIGNING_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()
    return value if hmac.compare_digest(mac, expected) else None


class LoginHandler(web.RequestHandler):
    def post(self):
        user = self.get_body_argument("user")
        # password check elided; handled by upstream SSO proxy
        self.set_cookie("sess", sign(f"{user}:{int(time.time())}"), httponly=True)
        self.write({"ok": True})


class MeHandler(web.RequestHandler):
    def get(self):
        raw = self.get_cookie("sess")
        value = unsign(raw) if raw else None
        if value is None:
            self.set_status(401)
            return
        self.write({"user": value.split(":")[0]})


if __name__ == "__main__":
    web.Application([(r"/login", LoginHandler), (r"/me", MeHandler)]).listen(8000)
    ioloop.IOLoop.current().start()
