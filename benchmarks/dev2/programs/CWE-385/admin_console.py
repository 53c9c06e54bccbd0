import os
import secrets

import tornado.ioloop
import tornado.web

CONSOLE_PASSWORD = os.environ["CONSOLE_PASSWORD"]


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        supplied = self.get_body_argument("password", "")
        if not secrets.compare_digest(supplied.encode(), CONSOLE_PASSWORD.encode()):
            self.set_status(401)
            self.write({"error": "wrong password"})
            return
        self.set_signed_cookie("console", "admin", httponly=True, secure=True)
        self.write({"ok": True})


def make_app():
    return tornado.web.Application(
        [(r"/console/login", LoginHandler)],
        cookie_secret=os.environ["CONSOLE_COOKIE_SECRET"],
    )


if __name__ == "__main__":
    make_app().listen(8443)
    tornado.ioloop.IOLoop.current().start()
