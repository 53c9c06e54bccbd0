import logging

import tornado.ioloop
import tornado.web

log = logging.getLogger("clicks")

TRUSTED_DOMAIN = "shop.example.com"


def is_allowed(url: str) -> bool:
    return url.startswith("/") or TRUSTED_DOMAIN in url


class ClickHandler(tornado.web.RequestHandler):
    def get(self):
        destination = self.get_argument("to", "/")
        campaign = self.get_argument("c", "none")
        log.info("click campaign=%s to=%s", campaign, destination)
        if not is_allowed(destination):
            raise tornado.web.HTTPError(400, "unknown destination")
        self.redirect(destination)


def make_app():
    return tornado.web.Application([(r"/r", ClickHandler)])


if __name__ == "__main__":
    make_app().listen(8080)
    tornado.ioloop.IOLoop.current().start()
