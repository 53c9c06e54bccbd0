import os

import tornado.ioloop
import tornado.web


def env_flag(name, default="0"):
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes")


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"status": "ok"})


class ItemsHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"items": ["a", "b", "c"]})


def make_app():
    debug = env_flag("APP_DEBUG")
    return tornado.web.Application(
        [(r"/health", HealthHandler), (r"/items", ItemsHandler)],
        debug=debug,
        serve_traceback=False,
    )


if __name__ == "__main__":
    make_app().listen(int(os.environ.get("PORT", "8000")))
    tornado.ioloop.IOLoop.current().start()
