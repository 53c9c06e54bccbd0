import secrets
import time

import tornado.ioloop
import tornado.web

PAIRINGS = {}


class PairStart(tornado.web.RequestHandler):
    def post(self):
        device = self.get_body_argument("device_id")
        secret = secrets.token_hex(32)
        PAIRINGS[secret] = {"device": device, "expires": time.time() + 600}
        self.write({"pairing_secret": secret})


class PairFinish(tornado.web.RequestHandler):
    def post(self):
        secret = self.get_body_argument("pairing_secret")
        info = PAIRINGS.pop(secret, None)
        if not info or info["expires"] < time.time():
            raise tornado.web.HTTPError(403)
        self.write({"paired": info["device"]})


def make_app():
    return tornado.web.Application([
        (r"/pair/start", PairStart),
        (r"/pair/finish", PairFinish),
    ])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
