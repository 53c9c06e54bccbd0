"""Tornado handler that renders a status widget for embedding."""
import html

import tornado.ioloop
import tornado.web

SERVICES = {"api": "up", "db": "degraded", "queue": "up"}


def badge(name, state):
    colour = {"up": "green", "degraded": "orange"}.get(state, "red")
    return '<span class="badge" style="color:{}">{}: {}</span>'.format(
        colour, html.escape(name), html.escape(state))


class WidgetHandler(tornado.web.RequestHandler):
    def get(self):
        title = self.get_argument("title", "Service status")
        wanted = self.get_arguments("svc") or list(SERVICES)
        parts = [badge(s, SERVICES.get(s, "unknown")) for s in wanted]
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write("<div class='widget'><h3>%s</h3>%s</div>"
                   % (html.escape(title), "".join(parts)))


def make_app():
    return tornado.web.Application([(r"/widget", WidgetHandler)])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
